package app.kintsugi.movingon;

/** Whom a letter that may never be sent is written to. */
public enum Addressee {
    PARTNER,
    MYSELF,
    PAST_SELF
}
