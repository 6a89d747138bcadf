package app.kintsugi.transparency;

/** What the partner who received the disclosure says about one part. */
public enum PartMark {
    ANSWERED,
    MORE_QUESTIONS
}
