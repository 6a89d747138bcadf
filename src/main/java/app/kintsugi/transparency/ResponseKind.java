package app.kintsugi.transparency;

/** The ways a person may respond to a question. Ignoring it is not one of them. */
public enum ResponseKind {
    ANSWER(QuestionStatus.ANSWERED),
    NEED_TIME(QuestionStatus.NEED_TIME),
    COUNSELOR(QuestionStatus.COUNSELOR),
    DECLINE(QuestionStatus.DECLINED);

    private final QuestionStatus leadsTo;

    ResponseKind(QuestionStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public QuestionStatus leadsTo() {
        return leadsTo;
    }
}
