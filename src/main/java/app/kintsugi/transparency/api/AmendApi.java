package app.kintsugi.transparency.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
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
import app.kintsugi.transparency.AmendStatus;
import app.kintsugi.transparency.AmendView;
import app.kintsugi.transparency.Amends;
import app.kintsugi.transparency.AmendsPlan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/amends")
@Tag(name = "Amends", description = "Step 4: the amends plan. Concrete actions with what and by when, moved along by the one "
        + "making amends; the partner sees the plan and acknowledges what was done.")
@RequiredArgsConstructor
class AmendApi {

    static final String PATH = "/api/v1/amends";
    private final Amends amends;

    /** {@code due}: YYYY-MM-DD, today or later and within a year. */
    record AmendBody(String text, String due) {
    }

    record AmendStatusBody(AmendStatus status) {
    }

    /** {@code note} may be left out. */
    record AmendAcknowledgementBody(String note) {
    }

    /**
     * One action. {@code overdue}: its date has passed on the author's calendar and it is not done. {@code ended}: the space
     * it was planned in has ended; only my own words are in it and it has no address.
     */
    record AmendEntry(UUID id, boolean mine, String authorName, String partnerName, String text, LocalDate due, AmendStatus status,
            boolean overdue, Instant createdAt, Instant doneAt, Instant acknowledgedAt, String ackNote, boolean canChange,
            boolean canAcknowledge, long version, boolean ended, String href) {

        static AmendEntry of(AmendView a) {
            return new AmendEntry(a.id(), a.mine(), a.authorName(), a.partnerName(), a.text(), a.due(), a.status(), a.overdue(),
                    a.createdAt(), a.doneAt(), a.acknowledgedAt(), a.ackNote(), a.canChange(), a.canAcknowledge(), a.version(),
                    a.ended(), a.ended() ? null : PATH + "/" + a.id());
        }
    }

    /** My actions, my partner's, and from spaces that have ended my own actions and my notes on the other's. */
    record AmendsPlanLists(List<AmendEntry> mine, List<AmendEntry> partners, List<AmendEntry> ended) {

        static AmendsPlanLists of(AmendsPlan plan) {
            return new AmendsPlanLists(plan.mine().stream().map(AmendEntry::of).toList(),
                    plan.partners().stream().map(AmendEntry::of).toList(), plan.ended().stream().map(AmendEntry::of).toList());
        }
    }

    @GetMapping
    @Operation(summary = "The amends plan of my space")
    AmendsPlanLists plan(@AuthenticationPrincipal PersonPrincipal me) {
        return AmendsPlanLists.of(amends.overview(me.id()));
    }

    @PostMapping
    @Operation(summary = "Add an action to my amends plan")
    ResponseEntity<AmendEntry> add(@AuthenticationPrincipal PersonPrincipal me, @RequestBody AmendBody body) {
        UUID id = amends.plan(me.id(), body.text(), body.due());
        AmendView a = amends.read(me.id(), id);
        return ResponseEntity.created(URI.create(PATH + "/" + id)).eTag(EntityTags.of(a.version())).body(AmendEntry.of(a));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One action; the ETag is its version")
    ResponseEntity<AmendEntry> read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return answer(amends.read(me.id(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change what my action is or its date, until it is done", description = "Send the ETag read as If-Match.")
    ResponseEntity<AmendEntry> change(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AmendBody body) {
        long expected = EntityTags.expected(ifMatch);
        amends.change(me.id(), id, expected, body.text(), body.due());
        return answer(amends.read(me.id(), id));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move my action along, or back: planned, in progress, done", description = "Send the ETag read as If-Match.")
    ResponseEntity<AmendEntry> status(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AmendStatusBody body) {
        long expected = EntityTags.expected(ifMatch);
        amends.setStatus(me.id(), id, expected, body.status());
        return answer(amends.read(me.id(), id));
    }

    @PostMapping("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a done action of my partner's, once, with a note if I want")
    ResponseEntity<AmendEntry> acknowledge(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody(required = false) AmendAcknowledgementBody body) {
        amends.acknowledge(me.id(), id, body == null ? null : body.note());
        return answer(amends.read(me.id(), id));
    }

    private static ResponseEntity<AmendEntry> answer(AmendView a) {
        return ResponseEntity.ok().eTag(EntityTags.of(a.version())).body(AmendEntry.of(a));
    }
}
