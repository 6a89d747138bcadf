package app.kintsugi.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A question as one of the two partners sees it.
 *
 * @param threadId   the first question of its thread (its own id when it is the first)
 * @param forMe      whether the viewer is the one asked
 * @param ageDays    days since it was asked, on the viewer's calendar
 * @param datePassed whether the date promised with "I need time" has passed without an answer
 * @param news       whether the viewer asked it and a response came since they last looked
 * @param responses  every response, oldest first; empty in lists
 * @param ended      the space it was asked in has ended: only what the viewer wrote is shown (the
 *                   other's words are null or left out) and nothing more can be written
 * @param disclosure the prepared disclosure it asks about, or null
 * @param about      the part of that disclosure it asks about, or null
 */
public record QuestionView(UUID id, UUID threadId, boolean followUp, String askerName, boolean askedByMe, String answererName,
        boolean forMe, String text, QuestionStatus status, LocalDate answerBy, boolean datePassed, Feedback feedback,
        Instant askedAt, long ageDays, Instant answeredAt, long version, boolean news, List<Response> responses,
        boolean ended, UUID disclosure, DisclosurePart about) {

    /** One response: an answer (or a changed one), a deferral with its date and note, or a reason not to answer. */
    public record Response(UUID id, ResponseKind kind, String text, LocalDate answerBy, Instant at) {
    }

    /** The answer as it stands now. */
    public Optional<Response> answer() {
        List<Response> answers = answers();
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    /** Earlier versions of a changed answer, oldest first. */
    public List<Response> earlierAnswers() {
        List<Response> answers = answers();
        return answers.isEmpty() ? List.of() : answers.subList(0, answers.size() - 1);
    }

    /** Everything said before the answer: deferrals and reasons, in order. */
    public List<Response> steps() {
        return responses.stream().filter(r -> r.kind() != ResponseKind.ANSWER).toList();
    }

    /** The newest response of any kind. */
    public Optional<Response> latest() {
        return responses.isEmpty() ? Optional.empty() : Optional.of(responses.get(responses.size() - 1));
    }

    public boolean canRespond() {
        return !ended && forMe && status != QuestionStatus.ANSWERED;
    }

    public boolean canChangeAnswer() {
        return !ended && forMe && status == QuestionStatus.ANSWERED;
    }

    public boolean canGiveFeedback() {
        return !ended && askedByMe && status == QuestionStatus.ANSWERED;
    }

    public boolean canFollowUp() {
        return !ended && askedByMe && (status == QuestionStatus.ANSWERED || status == QuestionStatus.DECLINED);
    }

    private List<Response> answers() {
        return responses.stream().filter(r -> r.kind() == ResponseKind.ANSWER).toList();
    }
}
