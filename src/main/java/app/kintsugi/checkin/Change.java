package app.kintsugi.checkin;

/** How one score compares with an earlier one, by the subscale's reliable-change threshold. */
public enum Change {
    /** Better by at least the threshold, in the subscale's good direction. */
    IMPROVED,
    /** Worse by at least the threshold. */
    WORSENED,
    /** Closer than the threshold: within what ordinary week-to-week ups and downs can explain. */
    NO_RELIABLE_CHANGE
}
