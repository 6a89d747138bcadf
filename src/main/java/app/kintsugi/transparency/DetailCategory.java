package app.kintsugi.transparency;

/**
 * Kinds of question in the question box that ask for pictures rather than understanding. Answers to
 * them tend to hurt more than they help: the image stays long after the answer. Questions about
 * meaning, truth and safety ("Why did you do it?", "Is it over?", "Do I need to get tested?") belong
 * to none of them. Categories are independent: "Was she better in bed than me?" is both
 * {@link #SEXUAL} and {@link #COMPARISON}.
 */
public enum DetailCategory {

    /**
     * Explicit physical or sexual detail: what happened in bed, how often, positions, whether it was
     * good. Health and safety questions ("Did you use protection?", "Do I need to get tested?") are
     * not this: they are a real need and are never flagged.
     */
    SEXUAL,
    /**
     * Comparing the hurt partner with the other person: "Is she prettier than me?", "What does he
     * have that I don't?"
     */
    COMPARISON,
    /**
     * Asking to re-live a scene in minute detail: "describe exactly", "tell me every detail", "step by
     * step", "what was she wearing", "word for word".
     */
    REPLAY
}
