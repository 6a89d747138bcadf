package app.kintsugi.moments.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.moments.CopingPlan;
import app.kintsugi.moments.HardDate;
import app.kintsugi.moments.HardDateDraft;
import app.kintsugi.moments.HardMoments;
import app.kintsugi.moments.MomentDraft;
import app.kintsugi.moments.MomentEntry;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.platform.api.Paged;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/moments")
@Tag(name = "Hard moments", description = "My own log of hard moments and my plan for them. Only ever mine: never shown to "
        + "my partner.")
@RequiredArgsConstructor
class MomentApi {

    static final String PATH = "/api/v1/moments";
    private final HardMoments moments;

    /**
     * A hard moment: {@code happenedAt} as a local date and time in my zone (2026-12-05T21:30; left out: now),
     * {@code strength} 0 to 10, {@code tags} each a short word.
     */
    record MomentBody(String happenedAt, Integer strength, String what, List<String> tags, String did, String helped) {

        MomentDraft draft() {
            return new MomentDraft(happenedAt, strength == null ? null : String.valueOf(strength), what, "", tags, did, helped);
        }
    }

    /** One tap: only how strong it is (0 to 10), now. */
    record MomentQuickBody(Integer strength) {
    }

    /** My plan; every part may be left out, but not all of them. */
    record CopingPlanBody(String helps, String avoid, String people) {
    }

    record Moment(UUID id, Instant happenedAt, int strength, String what, List<String> tags, String did, String helped, long version,
            String href) {

        static Moment of(MomentEntry e) {
            return new Moment(e.id(), e.happenedAt(), e.strength(), e.what(), e.tags(), e.did(), e.helped(), e.version(),
                    PATH + "/" + e.id());
        }
    }

    /**
     * A date I know will be hard: {@code day} YYYY-MM-DD, every year or once, a short name, and what I would like from my
     * partner that day (shown to them in the days before it, never why).
     */
    record HardDateBody(String day, Boolean yearly, String label, String ask) {

        HardDateDraft draft() {
            return new HardDateDraft(day, Boolean.TRUE.equals(yearly), label, ask);
        }
    }

    /**
     * {@code next}: when it comes next, or null once a one-off date has passed. {@code askHeldFrom}: the
     * partner's name when the ask was written before they were in the space and only its writer sees it
     * (show it with {@code POST …/show-ask}); null otherwise.
     */
    record HardDateLine(UUID id, LocalDate day, boolean yearly, String label, String ask, LocalDate next, String askHeldFrom,
            String href) {

        static HardDateLine of(HardDate d) {
            return new HardDateLine(d.id(), d.day(), d.yearly(), d.label(), d.ask(), d.next(), d.heldFrom(), PATH + "/dates/" + d.id());
        }
    }

    /** What my partner asked me for on a date they find hard, in the days before it: only the ask, never why. */
    record PartnerAskLine(String partnerName, LocalDate day, String ask) {
    }

    /** {@code version} is -1 until the first plan is saved; send it as If-Match ({@code "-1"}) for the first one. */
    record CopingPlanView(String helps, String avoid, String people, long version) {
    }

    @GetMapping
    @Operation(summary = "My log, newest first")
    Paged<Moment> mine(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return Paged.of(moments.entries(me.id()).stream().map(Moment::of).toList(), page, size, PATH);
    }

    @PostMapping
    @Operation(summary = "Log a hard moment")
    ResponseEntity<Moment> log(@AuthenticationPrincipal PersonPrincipal me, @RequestBody MomentBody body) {
        UUID id = moments.log(me.id(), body.draft());
        return answer(moments.entry(me.id(), id), HttpStatus.CREATED);
    }

    @PostMapping("/quick")
    @Operation(summary = "Log a hard moment in one tap: how strong, now")
    ResponseEntity<Moment> quickLog(@AuthenticationPrincipal PersonPrincipal me, @RequestBody MomentQuickBody body) {
        UUID id = moments.quickLog(me.id(), body.strength() == null ? null : String.valueOf(body.strength()));
        return answer(moments.entry(me.id(), id), HttpStatus.CREATED);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One moment of my log")
    ResponseEntity<Moment> read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return answer(moments.entry(me.id(), id), HttpStatus.OK);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a moment of my log", description = "Send the ETag read as If-Match.")
    ResponseEntity<Moment> update(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody MomentBody body) {
        long expected = EntityTags.expected(ifMatch);
        moments.update(me.id(), id, expected, body.draft());
        return answer(moments.entry(me.id(), id), HttpStatus.OK);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a moment of my log")
    void delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        moments.delete(me.id(), id);
    }

    @GetMapping("/plan")
    @Operation(summary = "My plan for hard moments")
    ResponseEntity<CopingPlanView> plan(@AuthenticationPrincipal PersonPrincipal me) {
        return plan(moments.plan(me.id()));
    }

    @PutMapping("/plan")
    @Operation(summary = "Write or change my plan", description = "Send the ETag read as If-Match (\"-1\" for a first plan).")
    ResponseEntity<CopingPlanView> savePlan(@AuthenticationPrincipal PersonPrincipal me,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody CopingPlanBody body) {
        long expected = EntityTags.expected(ifMatch);
        moments.savePlan(me.id(), expected, body.helps(), body.avoid(), body.people());
        return plan(moments.plan(me.id()));
    }

    @GetMapping("/dates")
    @Operation(summary = "The dates I know will be hard")
    List<HardDateLine> dates(@AuthenticationPrincipal PersonPrincipal me) {
        return moments.dates(me.id()).stream().map(HardDateLine::of).toList();
    }

    @PostMapping("/dates")
    @Operation(summary = "Add a date I know will be hard")
    ResponseEntity<HardDateLine> addDate(@AuthenticationPrincipal PersonPrincipal me, @RequestBody HardDateBody body) {
        UUID id = moments.addDate(me.id(), body.draft());
        HardDateLine added = moments.dates(me.id()).stream().filter(d -> d.id().equals(id)).findFirst().map(HardDateLine::of)
                .orElseThrow(NotFoundException::new);
        return ResponseEntity.created(URI.create(added.href())).body(added);
    }

    @GetMapping("/dates/{id}")
    @Operation(summary = "One hard date of mine")
    HardDateLine date(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return moments.dates(me.id()).stream().filter(d -> d.id().equals(id)).findFirst().map(HardDateLine::of)
                .orElseThrow(NotFoundException::new);
    }

    @PostMapping("/dates/{id}/show-ask")
    @Operation(summary = "Let my partner see the ask of a date I wrote before they joined",
            description = "From then on they see it in the three days before the date, as any ask, and nothing else of the date.")
    HardDateLine showAsk(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        moments.showAsk(me.id(), id);
        return moments.dates(me.id()).stream().filter(d -> d.id().equals(id)).findFirst().map(HardDateLine::of)
                .orElseThrow(NotFoundException::new);
    }

    @DeleteMapping("/dates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a hard date of mine")
    void deleteDate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        moments.deleteDate(me.id(), id);
    }

    @GetMapping("/partner-asks")
    @Operation(summary = "What my partner asked me for on a hard date coming soon")
    List<PartnerAskLine> partnerAsks(@AuthenticationPrincipal PersonPrincipal me) {
        return moments.asksOf(me.id()).stream().map(a -> new PartnerAskLine(a.partnerName(), a.day(), a.ask())).toList();
    }

    private static ResponseEntity<CopingPlanView> plan(CopingPlan p) {
        return ResponseEntity.ok().eTag(EntityTags.of(p.version())).body(new CopingPlanView(p.helps(), p.avoid(), p.people(), p.version()));
    }

    private static ResponseEntity<Moment> answer(MomentEntry entry, HttpStatus status) {
        var builder = ResponseEntity.status(status).eTag(EntityTags.of(entry.version()));
        if (status == HttpStatus.CREATED) {
            builder = builder.location(URI.create(PATH + "/" + entry.id()));
        }
        return builder.body(Moment.of(entry));
    }
}
