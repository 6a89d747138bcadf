package app.kintsugi.privacy;

/** Who besides the author may read an entry. Private is the default for everything reflective. */
public enum Visibility {
    PRIVATE,
    PARTNER,
    COUNSELOR
}
