package app.kintsugi.moments.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.moments.Reassurance;
import app.kintsugi.moments.ReassuranceView;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/reassurance")
@Tag(name = "Reassurance", description = "Words agreed in advance: the lines each would like to hear in a hard moment, "
        + "asking for them in one tap, and answering in one tap.")
@RequiredArgsConstructor
class ReassuranceApi {

    static final String PATH = "/api/v1/reassurance";
    private final Reassurance reassurance;

    /** A line I would like to receive. */
    record ReassuranceLineBody(String text) {
    }

    /** The answer: the id of one of the asker's accepted lines, or {@code here} for the plain "I'm here". */
    record ReassuranceAnswerBody(String choice) {
    }

    record ReassuranceLine(UUID id, String text, ReassuranceView.LineStatus status, long version, String href) {

        static ReassuranceLine of(ReassuranceView.Line l) {
            return new ReassuranceLine(l.id(), l.text(), l.status(), l.version(), PATH + "/lines/" + l.id());
        }
    }

    record ReassuranceChoice(String value, String text) {
    }

    /** {@code mine}: I asked; {@code answer} stays null until one came; {@code choices} only for the partner who was asked. */
    record ReassuranceRequest(UUID id, boolean mine, String partnerName, Instant askedAt, String answer, Instant answeredAt,
            List<ReassuranceChoice> choices, String href) {

        static ReassuranceRequest of(ReassuranceView.Request r) {
            return r == null ? null
                    : new ReassuranceRequest(r.id(), r.mine(), r.partnerName(), r.askedAt(), r.answer(), r.answeredAt(),
                            r.choices().stream().map(c -> new ReassuranceChoice(c.value(), c.text())).toList(),
                            PATH + "/requests/" + r.id());
        }
    }

    /**
     * {@code availability}: whether I can ask now, or why not; {@code mine} the lines I would like, {@code partners} my
     * partner's waiting for my answer or accepted; {@code openRequest} my request of the last day.
     */
    record ReassuranceOverview(ReassuranceView.Availability availability, String partnerName, List<ReassuranceLine> mine,
            List<ReassuranceLine> partners, ReassuranceRequest openRequest, boolean pausedByMe, boolean canPause) {

        static ReassuranceOverview of(ReassuranceView v) {
            return new ReassuranceOverview(v.availability(), v.partnerName(), v.mine().stream().map(ReassuranceLine::of).toList(),
                    v.partners().stream().map(ReassuranceLine::of).toList(), ReassuranceRequest.of(v.openRequest()), v.pausedByMe(),
                    v.canPause());
        }
    }

    @GetMapping
    @Operation(summary = "Our reassurance: my lines, my partner's, whether I can ask now, my open request")
    ReassuranceOverview overview(@AuthenticationPrincipal PersonPrincipal me) {
        return ReassuranceOverview.of(reassurance.view(me.id()));
    }

    @PostMapping("/lines")
    @Operation(summary = "Write a line I would like to receive", description = "It counts once my partner accepts it.")
    ResponseEntity<ReassuranceLine> propose(@AuthenticationPrincipal PersonPrincipal me, @RequestBody ReassuranceLineBody body) {
        UUID id = reassurance.proposeLine(me.id(), body.text());
        ReassuranceLine line = find(reassurance.view(me.id()), id);
        return ResponseEntity.created(URI.create(line.href())).eTag(EntityTags.of(line.version())).body(line);
    }

    @GetMapping("/lines/{id}")
    @Operation(summary = "One line: mine, or one my partner would like to receive")
    ResponseEntity<ReassuranceLine> line(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        ReassuranceLine line = find(reassurance.view(me.id()), id);
        return ResponseEntity.ok().eTag(EntityTags.of(line.version())).body(line);
    }

    @PostMapping("/lines/{id}/accept")
    @Operation(summary = "Accept a line my partner would like to receive", description = "Send the ETag read as If-Match.")
    ResponseEntity<ReassuranceLine> accept(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long expected = EntityTags.expected(ifMatch);
        reassurance.decide(me.id(), id, expected, true);
        return line(me, id);
    }

    @PostMapping("/lines/{id}/decline")
    @Operation(summary = "Say a line my partner would like is not something I can give", description = "Send the ETag read as If-Match.")
    ResponseEntity<ReassuranceLine> decline(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long expected = EntityTags.expected(ifMatch);
        reassurance.decide(me.id(), id, expected, false);
        return line(me, id);
    }

    @DeleteMapping("/lines/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take back a line of mine")
    void remove(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        reassurance.removeLine(me.id(), id);
    }

    @PostMapping("/pause")
    @Operation(summary = "Pause reassurance: my partner cannot ask me meanwhile")
    ReassuranceOverview pause(@AuthenticationPrincipal PersonPrincipal me) {
        reassurance.pause(me.id());
        return overview(me);
    }

    @PostMapping("/resume")
    @Operation(summary = "Resume reassurance")
    ReassuranceOverview resume(@AuthenticationPrincipal PersonPrincipal me) {
        reassurance.resume(me.id());
        return overview(me);
    }

    @PostMapping("/requests")
    @Operation(summary = "I'm having a hard moment: ask my partner for reassurance",
            description = "Tells my partner that, and nothing more. Asking again while a recent request waits returns that one.")
    ResponseEntity<ReassuranceRequest> ask(@AuthenticationPrincipal PersonPrincipal me) {
        UUID id = reassurance.ask(me.id());
        return ResponseEntity.created(URI.create(PATH + "/requests/" + id)).body(ReassuranceRequest.of(reassurance.open(me.id(), id)));
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "One request: mine with its answer, or my partner's with the answers I can give")
    ReassuranceRequest request(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return ReassuranceRequest.of(reassurance.open(me.id(), id));
    }

    @PostMapping("/requests/{id}/answer")
    @Operation(summary = "Answer my partner's request in one tap, once")
    ReassuranceRequest answer(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody ReassuranceAnswerBody body) {
        reassurance.answer(me.id(), id, body.choice());
        return ReassuranceRequest.of(reassurance.open(me.id(), id));
    }

    private static ReassuranceLine find(ReassuranceView view, UUID id) {
        return Stream.of(view.mine(), view.partners()).flatMap(List::stream).filter(l -> l.id().equals(id)).findFirst()
                .map(ReassuranceLine::of).orElseThrow(NotFoundException::new);
    }
}
