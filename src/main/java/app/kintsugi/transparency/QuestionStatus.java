package app.kintsugi.transparency;

/** Where a question stands: asked and waiting, or the answerer's latest response. */
public enum QuestionStatus {
    /** Asked, nothing said yet. */
    OPEN,
    /** "I need time": an answer is promised by a date. */
    NEED_TIME,
    /** "I would like to answer this with our counselor present." */
    COUNSELOR,
    /** "I won't answer this", with a reason. */
    DECLINED,
    /** Answered. The answer may be changed; every version stays visible. */
    ANSWERED;

    /** Waiting for an answer: open, deferred or kept for the counselor. */
    public boolean waiting() {
        return this == OPEN || this == NEED_TIME || this == COUNSELOR;
    }
}
