package app.kintsugi.account;

/** Light, dark, or whatever the device prefers. */
public enum Theme {
    SYSTEM,
    LIGHT,
    DARK
}
