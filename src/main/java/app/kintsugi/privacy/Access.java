package app.kintsugi.privacy;

/** Why a viewer may read an entry; decides, for example, whether edit controls are shown. */
public enum Access {
    AUTHOR,
    PARTNER,
    /** A counselor both partners invited, reading what the author chose to show them. */
    COUNSELOR,
    /**
     * One of the two people of a space that has ended, opening an entry of that space: they read
     * what they wrote themselves and nothing the other wrote, and nothing more can be written in it.
     */
    FORMER
}
