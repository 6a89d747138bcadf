package app.kintsugi.trust.api;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import app.kintsugi.privacy.Visibility;
import app.kintsugi.trust.CheckInView;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.CommitmentView;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Outcome;
import app.kintsugi.trust.ScheduleKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/commitments")
@Tag(name = "Commitments", description = "Step 3: promises kept day by day. The one who made it checks in; when it is "
        + "shared, the partner confirms or disputes each day.")
@RequiredArgsConstructor
class CommitmentApi {

    static final String PATH = "/api/v1/commitments";
    private final Commitments commitments;

    /** Days as YYYY-MM-DD; {@code weekDays} (MONDAY…) only for WEEKLY; {@code end} required for ONCE. */
    record CommitmentBody(String text, ScheduleKind kind, List<DayOfWeek> weekDays, String start, String end, Visibility visibility) {

        CommitmentDraft draft() {
            return new CommitmentDraft(text, kind == null ? null : kind.name(),
                    weekDays == null ? List.of() : weekDays.stream().map(DayOfWeek::name).toList(), start, end,
                    visibility == null ? null : visibility.name());
        }
    }

    /** The day (YYYY-MM-DD, one of {@code reportable}) and how it went. */
    record CheckInBody(String day, Outcome outcome, String note) {
    }

    /** The partner's answer to a reported day. */
    record ConfirmBody(String day, Confirmation confirmation, String note) {
    }

    record CommitmentSchedule(ScheduleKind kind, Set<DayOfWeek> days, LocalDate start, LocalDate end) {
    }

    record CommitmentCheckIn(LocalDate day, Outcome outcome, String note, Confirmation confirmation, String confirmNote, long version) {

        static CommitmentCheckIn of(CheckInView c) {
            return new CommitmentCheckIn(c.day(), c.outcome(), c.note().orElse(null), c.confirmation().orElse(null), c.confirmNote().orElse(null),
                    c.version());
        }
    }

    record Commitment(UUID id, boolean mine, String authorName, String text, CommitmentSchedule schedule, Visibility visibility, long version,
            LocalDate today, boolean dueToday, List<LocalDate> reportable, List<CommitmentCheckIn> recent, List<CommitmentCheckIn> awaiting, String href) {

        static Commitment of(CommitmentView v) {
            var s = v.schedule();
            return new Commitment(v.id(), v.mine(), v.authorName(), v.text(), new CommitmentSchedule(s.kind(), s.days(), s.start(), s.end()),
                    v.visibility(), v.version(), v.today(), v.dueToday(), v.reportable(),
                    v.recent().stream().map(CommitmentCheckIn::of).toList(), v.awaiting().stream().map(CommitmentCheckIn::of).toList(), PATH + "/" + v.id());
        }
    }

    record CommitmentLists(List<Commitment> mine, List<Commitment> partners) {
    }

    @GetMapping
    @Operation(summary = "My commitments and the ones my partner shared with me")
    CommitmentLists all(@AuthenticationPrincipal PersonPrincipal me) {
        return new CommitmentLists(commitments.mine(me.id()).stream().map(Commitment::of).toList(),
                commitments.partners(me.id()).stream().map(Commitment::of).toList());
    }

    @PostMapping
    @Operation(summary = "Make a commitment")
    ResponseEntity<Commitment> create(@AuthenticationPrincipal PersonPrincipal me, @RequestBody CommitmentBody body) {
        UUID id = commitments.create(me.id(), body.draft());
        CommitmentView view = commitments.read(me.id(), id);
        return ResponseEntity.created(URI.create(PATH + "/" + id)).eTag(EntityTags.of(view.version())).body(Commitment.of(view));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One commitment with its recent check-ins")
    ResponseEntity<Commitment> read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        CommitmentView view = commitments.read(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(Commitment.of(view));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change my commitment", description = "A shared one becomes a proposal my partner answers. "
            + "Send the ETag read as If-Match.")
    ResponseEntity<Commitment> change(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody CommitmentBody body) {
        long expected = EntityTags.expected(ifMatch);
        commitments.change(me.id(), id, expected, body.draft());
        return read(me, id);
    }

    @PostMapping("/{id}/check-ins")
    @Operation(summary = "Check in on a day of my commitment")
    ResponseEntity<Commitment> checkIn(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody CheckInBody body) {
        commitments.report(me.id(), id, body.day(), body.outcome(), body.note());
        return read(me, id);
    }

    @PostMapping("/{id}/confirmations")
    @Operation(summary = "Confirm or dispute a day my partner reported", description = "Send the check-in's version as If-Match.")
    ResponseEntity<Commitment> confirm(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody ConfirmBody body) {
        long expected = EntityTags.expected(ifMatch);
        commitments.confirm(me.id(), id, body.day(), expected, body.confirmation(), body.note());
        return read(me, id);
    }
}
