package app.kintsugi.couple;

/** The role a person chooses for themselves in this program. Nobody assigns it to another. */
public enum Role {
    HURT_PARTNER,
    BROKE_TRUST,
    BOTH
}
