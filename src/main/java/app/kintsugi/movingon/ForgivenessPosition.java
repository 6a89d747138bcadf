package app.kintsugi.movingon;

/**
 * Where a person stands with forgiveness, in plain words they choose. Not a ladder to climb: any
 * position can follow any other, and none is better than another.
 */
public enum ForgivenessPosition {
    NOT_THINKING,
    UNSURE,
    WONDERING,
    SOME_DAYS,
    LESS_HOLD
}
