package app.kintsugi.checkin;

/** How the answers to a subscale's items make its score. */
public enum Scoring {
    /** The answers added up. */
    SUM,
    /** The average of the answers. */
    MEAN
}
