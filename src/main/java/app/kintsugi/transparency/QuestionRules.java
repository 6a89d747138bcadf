package app.kintsugi.transparency;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of the question box, apart from storage: which response a question accepts in each
 * state, and which dates "I need time" may promise.
 */
public final class QuestionRules {

    /** A question, a reason or a note: long enough for anything a person needs to say in one go. */
    public static final int MAX_QUESTION = 2_000;
    public static final int MAX_NOTE = 2_000;
    /** "I need time" promises an answer within this many days; longer leaves a question hanging. */
    public static final int MAX_WAIT_DAYS = 90;

    private QuestionRules() {
    }

    /**
     * Why a response cannot be given to a question in this state, as a message code, or empty when it can.
     * An answered question takes no other response (its answer can be changed instead); the same
     * deferral cannot be given twice in a row, except a new date for "I need time".
     */
    public static Optional<String> refusal(QuestionStatus status, ResponseKind kind) {
        if (status == QuestionStatus.ANSWERED) {
            return Optional.of("question.respond.alreadyAnswered");
        }
        if (kind == null) {
            return Optional.of("question.respond.kind.required");
        }
        if (kind != ResponseKind.NEED_TIME && kind.leadsTo() == status) {
            return Optional.of("question.respond.same");
        }
        return Optional.empty();
    }

    /** What is wrong with the date promised by "I need time", as a message code, or empty when it is fine. */
    public static Optional<String> answerByProblem(LocalDate answerBy, LocalDate today) {
        if (answerBy == null) {
            return Optional.of("question.answerBy.required");
        }
        if (answerBy.isBefore(today)) {
            return Optional.of("question.answerBy.past");
        }
        if (answerBy.isAfter(today.plusDays(MAX_WAIT_DAYS))) {
            return Optional.of("question.answerBy.tooFar");
        }
        return Optional.empty();
    }

    /** Days a question has waited, counted on the viewer's calendar: 0 on the day it was asked. */
    public static long age(LocalDate asked, LocalDate today) {
        return Math.max(0, today.toEpochDay() - asked.toEpochDay());
    }
}
