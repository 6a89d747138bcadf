package app.kintsugi.privacy;

/** Why a viewer may read an entry; decides, for example, whether edit controls are shown. */
public enum Access {
    AUTHOR,
    PARTNER,
    /** A counselor both partners invited, reading what the author chose to show them. */
    COUNSELOR
}
