package app.kintsugi.trust;

/** What the person who committed reports for a day. */
public enum Outcome {
    KEPT, PARTLY, NOT_KEPT
}
