package app.kintsugi.boundaries.api;

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

import app.kintsugi.account.PersonId;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryCategory;
import app.kintsugi.boundaries.BoundaryDraft;
import app.kintsugi.boundaries.BoundaryEventKind;
import app.kintsugi.boundaries.BoundaryOverview;
import app.kintsugi.boundaries.BoundaryStatus;
import app.kintsugi.boundaries.BoundaryView;
import app.kintsugi.platform.api.EntityTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/boundaries")
@Tag(name = "Boundaries", description = "Step 4: agreements both partners make. One proposes, the other agrees or asks to talk; "
        + "either may propose a change, ask to revisit, or say a boundary was crossed.")
@RequiredArgsConstructor
class BoundaryApi {

    static final String PATH = "/api/v1/boundaries";
    private final Boundaries boundaries;

    /** What a boundary says; {@code reviewOn} is YYYY-MM-DD, up to a year ahead. */
    record BoundaryBody(String what, String why, BoundaryCategory category, String reviewOn) {

        BoundaryDraft draft() {
            return new BoundaryDraft(what, why, category == null ? null : category.name(), reviewOn);
        }
    }

    /** The version (its {@code number}) agreed to: the one waiting for me. */
    record BoundaryAgreeBody(Integer number) {
    }

    /** Who crossed it, {@code SELF} or {@code PARTNER}, and an optional note. */
    record BoundaryCrossedBody(String about, String note) {
    }

    record BoundaryWording(int number, String authorName, boolean mine, BoundaryCategory category, String what, String why,
            LocalDate reviewOn, Instant writtenAt, Instant agreedAt) {

        static BoundaryWording of(BoundaryView.Version v) {
            return v == null ? null
                    : new BoundaryWording(v.number(), v.authorName(), v.mine(), v.category(), v.what(), v.why(), v.reviewOn(),
                            v.writtenAt(), v.agreedAt());
        }
    }

    record BoundaryEvent(BoundaryEventKind kind, String actorName, boolean byMe, boolean aboutSelf, boolean aboutMe, Integer number,
            String note, Instant at) {

        static BoundaryEvent of(BoundaryView.Event e) {
            return new BoundaryEvent(e.kind(), e.actorName(), e.byMe(), e.aboutSelf(), e.aboutMe(), e.number(), e.note(), e.at());
        }
    }

    record Boundary(UUID id, BoundaryCategory category, BoundaryStatus status, BoundaryWording agreed, BoundaryWording pending,
            boolean waitsForMe, String partnerName, String talkByName, boolean talkByMe, String revisitByName, boolean revisitByMe,
            LocalDate reviewOn, boolean reviewDue, boolean ended, boolean canCross, boolean canRevisit, List<BoundaryWording> versions,
            List<BoundaryEvent> history, long version, String href) {

        static Boundary of(BoundaryView v) {
            return new Boundary(v.id(), v.category(), v.status(), BoundaryWording.of(v.agreed()), BoundaryWording.of(v.pending()),
                    v.waitsForMe(), v.partnerName(), v.talkByName(), v.talkByMe(), v.revisitByName(), v.revisitByMe(), v.reviewOn(),
                    v.reviewDue(), v.ended(), v.canCross(), v.canRevisit(), v.versions().stream().map(BoundaryWording::of).toList(),
                    v.history().stream().map(BoundaryEvent::of).toList(), v.version(), PATH + "/" + v.id());
        }
    }

    record BoundaryLists(List<Boundary> waitingForMe, List<Boundary> active, List<Boundary> proposed, List<Boundary> ended) {

        static BoundaryLists of(BoundaryOverview o) {
            return new BoundaryLists(all(o.waitingForMe()), all(o.active()), all(o.proposed()), all(o.ended()));
        }

        private static List<Boundary> all(List<BoundaryView> views) {
            return views.stream().map(Boundary::of).toList();
        }
    }

    @GetMapping
    @Operation(summary = "Our boundaries: waiting for me, agreed, proposed, and mine from a space that ended")
    BoundaryLists all(@AuthenticationPrincipal PersonPrincipal me) {
        return BoundaryLists.of(boundaries.overview(me.id()));
    }

    @PostMapping
    @Operation(summary = "Propose a boundary to my partner")
    ResponseEntity<Boundary> propose(@AuthenticationPrincipal PersonPrincipal me, @RequestBody BoundaryBody body) {
        UUID id = boundaries.propose(me.id(), body.draft());
        BoundaryView view = boundaries.read(me.id(), id);
        return ResponseEntity.created(URI.create(PATH + "/" + id)).eTag(EntityTags.of(view.version())).body(Boundary.of(view));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One boundary with every version and its history", description = "Opening it marks what my partner did as seen.")
    ResponseEntity<Boundary> read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return answer(boundaries.open(me.id(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Propose new words or a new review date", description = "The agreed words hold until my partner agrees. "
            + "Send the ETag read as If-Match.")
    ResponseEntity<Boundary> change(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody BoundaryBody body) {
        long expected = EntityTags.expected(ifMatch);
        boundaries.proposeChange(me.id(), id, expected, body.draft());
        return answer(boundaries.read(me.id(), id));
    }

    @PostMapping("/{id}/agree")
    @Operation(summary = "Agree to the version waiting for me", description = "Send the ETag read as If-Match.")
    ResponseEntity<Boundary> agree(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody BoundaryAgreeBody body) {
        int number = body.number() == null ? 0 : body.number();
        return step(me, id, ifMatch, (person, boundary, expected) -> boundaries.agree(person, boundary, expected, number));
    }

    @PostMapping("/{id}/talk")
    @Operation(summary = "Ask to talk about the version waiting for me first", description = "Send the ETag read as If-Match.")
    ResponseEntity<Boundary> talk(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(me, id, ifMatch, boundaries::askToTalk);
    }

    @PostMapping("/{id}/revisit")
    @Operation(summary = "Ask to revisit an agreed boundary", description = "Send the ETag read as If-Match.")
    ResponseEntity<Boundary> revisit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(me, id, ifMatch, boundaries::askToRevisit);
    }

    @PostMapping("/{id}/revisit/withdraw")
    @Operation(summary = "Take back my request to revisit: the boundary stays as agreed", description = "Send the ETag read as If-Match.")
    ResponseEntity<Boundary> keep(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(me, id, ifMatch, boundaries::withdrawRevisit);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Take back the version I proposed", description = "Send the ETag read as If-Match.")
    ResponseEntity<Boundary> withdraw(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return step(me, id, ifMatch, boundaries::withdrawPending);
    }

    @PostMapping("/{id}/crossed")
    @Operation(summary = "Say an agreed boundary was crossed, by me or by my partner", description = "It becomes a line of its history.")
    ResponseEntity<Boundary> crossed(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody BoundaryCrossedBody body) {
        boundaries.crossed(me.id(), id, body.about(), body.note());
        return answer(boundaries.read(me.id(), id));
    }

    /** One step of the agreement, against the version the caller read (If-Match), answering the boundary as it is now. */
    private ResponseEntity<Boundary> step(PersonPrincipal me, UUID id, String ifMatch, Step step) {
        step.take(me.id(), id, EntityTags.expected(ifMatch));
        return answer(boundaries.read(me.id(), id));
    }

    private interface Step {
        void take(PersonId person, UUID boundary, long expectedVersion);
    }

    private static ResponseEntity<Boundary> answer(BoundaryView view) {
        return ResponseEntity.status(HttpStatus.OK).eTag(EntityTags.of(view.version())).body(Boundary.of(view));
    }
}
