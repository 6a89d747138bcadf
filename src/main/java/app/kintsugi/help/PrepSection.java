package app.kintsugi.help;

/** The parts of a session-prep report a person ticks as a whole; reflections are chosen one by one. */
public enum PrepSection {
    /** Their weekly check-in scores over the last weeks. */
    TREND,
    /** Questions in the question box still waiting: theirs, and those waiting for their answer. */
    QUESTIONS,
    /** Their commitments and how they have gone. */
    COMMITMENTS
}
