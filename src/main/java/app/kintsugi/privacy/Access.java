package app.kintsugi.privacy;

/** Why a viewer may read an entry; decides, for example, whether edit controls are shown. */
public enum Access {
    AUTHOR,
    PARTNER
}
