package app.kintsugi.reflection;

/** The kinds of betrayal the program names; labels live in the program's resource files. */
public enum BetrayalKind {
    INFIDELITY,
    LYING,
    SECRETS,
    BROKEN_PROMISES,
    OTHER
}
