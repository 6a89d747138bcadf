package app.kintsugi.transparency.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.transparency.Feedback;
import app.kintsugi.transparency.QuestionBox;
import app.kintsugi.transparency.QuestionStatus;
import app.kintsugi.transparency.QuestionThread;
import app.kintsugi.transparency.QuestionView;
import app.kintsugi.transparency.Questions;
import app.kintsugi.transparency.ResponseKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/questions")
@Tag(name = "Questions", description = "Step 4: the question box. One partner asks, the other answers, asks for time, "
        + "brings it to the counselor, or says why not; the one who asked says whether it helped.")
@RequiredArgsConstructor
class QuestionApi {

    static final String PATH = "/api/v1/questions";
    private final Questions questions;

    record QuestionBody(String text) {
    }

    /** {@code answerBy} (YYYY-MM-DD) only with NEED_TIME; {@code text} is the answer, the note or the reason. */
    record QuestionResponseBody(ResponseKind kind, String text, String answerBy) {
    }

    record AnswerChangeBody(String text) {
    }

    record FeedbackBody(Feedback feedback) {
    }

    record QuestionResponse(UUID id, ResponseKind kind, String text, LocalDate answerBy, Instant at) {

        static QuestionResponse of(QuestionView.Response r) {
            return new QuestionResponse(r.id(), r.kind(), r.text(), r.answerBy(), r.at());
        }
    }

    record QuestionEntry(UUID id, UUID threadId, boolean followUp, boolean askedByMe, boolean forMe, String askerName,
            String answererName, String text, QuestionStatus status, LocalDate answerBy, Feedback feedback, Instant askedAt,
            Instant answeredAt, long version, boolean ended, List<QuestionResponse> responses, String href) {

        static QuestionEntry of(QuestionView q) {
            return new QuestionEntry(q.id(), q.threadId(), q.followUp(), q.askedByMe(), q.forMe(), q.askerName(), q.answererName(), q.text(),
                    q.status(), q.answerBy(), q.feedback(), q.askedAt(), q.answeredAt(), q.version(), q.ended(),
                    q.responses().stream().map(QuestionResponse::of).toList(), PATH + "/" + q.id());
        }
    }

    record QuestionLists(List<QuestionEntry> forMe, List<QuestionEntry> mine, List<QuestionEntry> answered) {
    }

    record QuestionsThread(QuestionEntry first, List<QuestionEntry> followUps) {

        static QuestionsThread of(QuestionThread t) {
            return new QuestionsThread(QuestionEntry.of(t.first()), t.followUps().stream().map(QuestionEntry::of).toList());
        }
    }

    @GetMapping
    @Operation(summary = "The question box: waiting for my answer, mine still waiting, and answered")
    QuestionLists box(@AuthenticationPrincipal PersonPrincipal me) {
        QuestionBox box = questions.box(me.id());
        return new QuestionLists(box.forMe().stream().map(QuestionEntry::of).toList(), box.mine().stream().map(QuestionEntry::of).toList(),
                box.answered().stream().map(QuestionEntry::of).toList());
    }

    @PostMapping
    @Operation(summary = "Ask my partner a question")
    ResponseEntity<QuestionsThread> ask(@AuthenticationPrincipal PersonPrincipal me, @RequestBody QuestionBody body) {
        UUID id = questions.ask(me.id(), body.text());
        return answer(me, id, HttpStatus.CREATED);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A question's thread, with every response; the ETag is this question's version")
    ResponseEntity<QuestionsThread> thread(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        QuestionThread thread = questions.open(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(versionOf(thread, id))).body(QuestionsThread.of(thread));
    }

    @PostMapping("/{id}/follow-ups")
    @Operation(summary = "Ask a follow-up under an answered question")
    ResponseEntity<QuestionsThread> followUp(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestBody QuestionBody body) {
        UUID created = questions.followUp(me.id(), id, body.text());
        return answer(me, created, HttpStatus.CREATED);
    }

    @PostMapping("/{id}/responses")
    @Operation(summary = "Respond to a question asked of me", description = "Send the question's ETag as If-Match.")
    ResponseEntity<QuestionsThread> respond(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody QuestionResponseBody body) {
        long expected = EntityTags.expected(ifMatch);
        questions.respond(me.id(), id, expected, body.kind() == null ? null : body.kind().name(), body.text(), body.answerBy());
        return answer(me, id, HttpStatus.OK);
    }

    @PutMapping("/{id}/answer")
    @Operation(summary = "Change my answer; the earlier one stays visible to both", description = "Send the question's ETag as If-Match.")
    ResponseEntity<QuestionsThread> changeAnswer(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AnswerChangeBody body) {
        long expected = EntityTags.expected(ifMatch);
        questions.changeAnswer(me.id(), id, expected, body.text());
        return answer(me, id, HttpStatus.OK);
    }

    @PostMapping("/{id}/feedback")
    @Operation(summary = "Say whether the answer helped", description = "Send the question's ETag as If-Match.")
    ResponseEntity<QuestionsThread> feedback(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody FeedbackBody body) {
        long expected = EntityTags.expected(ifMatch);
        questions.feedback(me.id(), id, expected, body.feedback());
        return answer(me, id, HttpStatus.OK);
    }

    private ResponseEntity<QuestionsThread> answer(PersonPrincipal me, UUID id, HttpStatus status) {
        QuestionThread thread = questions.thread(me.id(), id);
        var builder = ResponseEntity.status(status).eTag(EntityTags.of(versionOf(thread, id)));
        if (status == HttpStatus.CREATED) {
            builder = builder.location(URI.create(PATH + "/" + id));
        }
        return builder.body(QuestionsThread.of(thread));
    }

    private static long versionOf(QuestionThread thread, UUID id) {
        if (thread.first().id().equals(id)) {
            return thread.first().version();
        }
        return thread.followUps().stream().filter(q -> q.id().equals(id)).findFirst().map(QuestionView::version)
                .orElse(thread.first().version());
    }
}
