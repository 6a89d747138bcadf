package app.kintsugi.transparency;

/** What the person who asked says about an answer. */
public enum Feedback {
    HELPED,
    MORE_QUESTIONS
}
