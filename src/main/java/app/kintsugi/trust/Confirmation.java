package app.kintsugi.trust;

/** The partner's answer to a check-in. */
public enum Confirmation {
    CONFIRMED, DISPUTED
}
