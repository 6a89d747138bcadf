package app.kintsugi.trust;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;
import app.kintsugi.trust.internal.CommitmentRepository;

/**
 * Commitments and their check-ins. A commitment is private to the person who made it unless they
 * share it with their partner; a shared one changes only when the partner agrees to the change, and
 * every version is kept. When a day is due, the person reports kept, partly or not kept; on a shared
 * commitment the partner may confirm or dispute. A day nobody answered is unknown, never broken.
 * Days are counted on the calendar of the person who committed, in their time zone.
 */
@Service
@RequiredArgsConstructor
public class Commitments {

    static final String KIND = "commitment";
    static final String CHECK_IN_KIND = "check-in";
    static final String CONFIRM_KIND = "check-in-answer";
    static final String REVISION_KIND = "commitment-revision";
    public static final int MAX_TEXT = 1_000;
    /** How many days back a due check-in can still be reported. */
    public static final int LATE_DAYS = 7;
    /** Days reported kept (and not disputed) after which the commitments exercise counts as done for now: a week. */
    public static final int KEPT_DAYS_FOR_DONE = 7;
    /** How many of the newest check-ins a commitment's page lists. */
    static final int RECENT = 14;
    private static final Logger log = LoggerFactory.getLogger(Commitments.class);

    private final CommitmentRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Couples couples;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;

    @Transactional
    public UUID create(PersonId author, CommitmentDraft draft) {
        Parsed p = parse(author, draft, true);
        CoupleId couple = null;
        if (p.visibility() == Visibility.PARTNER) {
            couple = couples.spaceWithPartner(author)
                    .orElseThrow(() -> InvalidInputException.of("visibility", "commitment.visibility.noPartner"));
        }
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        byte[] sealed = cipher.seal(author, KIND, id, p.text());
        repository.insert(new CommitmentRepository.Row(id, author, couple, p.visibility(), sealed, p.schedule(), now, now, 0));
        UUID revision = UUID.randomUUID();
        repository.insertRevision(new CommitmentRepository.RevisionRow(revision, id, author, "ACCEPTED",
                cipher.seal(author, REVISION_KIND, revision, p.text()), p.schedule(), now, now));
        progress.noteActivity(author, TrustExercises.COMMITMENTS);
        log.info("event=commitment_created commitment={} visibility={}", id, p.visibility());
        return id;
    }

    /**
     * Changes a commitment. A private one changes at once; a shared one gets a proposal the partner
     * accepts or declines, and stays as it is meanwhile. Every version is kept.
     *
     * @return true when the change applied at once, false when it waits for the partner
     */
    @Transactional
    public boolean change(PersonId author, UUID id, long expectedVersion, CommitmentDraft draft) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        Parsed p = parse(author, new CommitmentDraft(draft.text(), draft.kind(), draft.weekDays(), draft.start(), draft.end(),
                row.visibility().name()), false);
        if (row.version() != expectedVersion) {
            throw new StaleEditException();
        }
        long now = clock.millis();
        UUID revision = UUID.randomUUID();
        byte[] revisionText = cipher.seal(author, REVISION_KIND, revision, p.text());
        if (row.visibility() != Visibility.PARTNER) {
            if (!repository.update(id, expectedVersion, cipher.seal(author, KIND, id, p.text()), p.schedule(), now)) {
                throw new StaleEditException();
            }
            repository.insertRevision(new CommitmentRepository.RevisionRow(revision, id, author, "ACCEPTED", revisionText,
                    p.schedule(), now, now));
            log.info("event=commitment_changed commitment={}", id);
            return true;
        }
        if (repository.revisions(id).stream().anyMatch(r -> r.status().equals("PROPOSED"))) {
            throw InvalidInputException.of("text", "commitment.change.pending");
        }
        repository.insertRevision(new CommitmentRepository.RevisionRow(revision, id, author, "PROPOSED", revisionText,
                p.schedule(), now, null));
        log.info("event=commitment_change_proposed commitment={} revision={}", id, revision);
        return false;
    }

    /** The partner agrees to a proposed change: it becomes the commitment. */
    @Transactional
    public void acceptChange(PersonId partner, UUID id, UUID revisionId) {
        var row = requirePartner(partner, id);
        var revision = pending(id, revisionId);
        long now = clock.millis();
        String text = cipher.open(row.author(), REVISION_KIND, revision.id(), revision.content());
        if (!repository.decideRevision(revisionId, "PROPOSED", "ACCEPTED", now)) {
            throw InvalidInputException.of("change", "commitment.change.gone");
        }
        if (!repository.update(id, row.version(), cipher.seal(row.author(), KIND, id, text), revision.schedule(), now)) {
            throw new StaleEditException();
        }
        log.info("event=commitment_change_accepted commitment={} revision={}", id, revisionId);
    }

    /** The partner declines a proposed change (or its author withdraws it): the commitment stays. */
    @Transactional
    public void declineChange(PersonId person, UUID id, UUID revisionId) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        Access access = policy.require(person, ref(row));
        pending(id, revisionId);
        String status = access == Access.AUTHOR ? "WITHDRAWN" : "DECLINED";
        if (!repository.decideRevision(revisionId, "PROPOSED", status, clock.millis())) {
            throw InvalidInputException.of("change", "commitment.change.gone");
        }
        log.info("event=commitment_change_{} commitment={} revision={}", status.toLowerCase(Locale.ROOT), id, revisionId);
    }

    /** Shares a private commitment with the partner in the author's space, or makes a shared one private. */
    @Transactional
    public void setShared(PersonId author, UUID id, boolean shared) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        Visibility to = shared ? Visibility.PARTNER : Visibility.PRIVATE;
        if (row.visibility() == to) {
            return;
        }
        CoupleId couple = null;
        if (shared) {
            couple = couples.spaceWithPartner(author)
                    .orElseThrow(() -> InvalidInputException.of("visibility", "commitment.visibility.noPartner"));
        }
        repository.setVisibility(id, to, couple, clock.millis());
        audit.visibilityChanged(author, KIND, id, row.visibility(), to);
    }

    /** The person who committed reports on a due day (today or up to a week back). */
    @Transactional
    public void report(PersonId author, UUID id, String dayText, Outcome outcome, String note) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        LocalDate today = today(author);
        Validation v = new Validation();
        LocalDate day = Texts.day(dayText);
        if (day == null || !reportable(row.schedule(), today).contains(day)) {
            v.reject("day", "checkIn.day.notDue");
        }
        if (outcome == null) {
            v.reject("outcome", "checkIn.outcome.required");
        }
        String clean = Texts.clean(note);
        v.optionalText("note", clean, Validation.MAX_TEXT);
        v.throwIfInvalid();
        var existing = repository.checkIn(id, day);
        if (existing.isPresent() && existing.get().confirmation() != null) {
            throw InvalidInputException.of("outcome", "checkIn.alreadyAnswered");
        }
        byte[] sealed = cipher.sealOrNull(author, CHECK_IN_KIND, checkInId(id, day), clean);
        if (!repository.report(id, day, outcome, sealed, clock.millis())) {
            throw new StaleEditException();
        }
        if (outcome == Outcome.KEPT && repository.keptDays(author) >= KEPT_DAYS_FOR_DONE) {
            progress.noteDone(author, TrustExercises.COMMITMENTS);
        } else {
            progress.noteActivity(author, TrustExercises.COMMITMENTS);
        }
        log.info("event=check_in_reported commitment={} day={} outcome={}", id, day, outcome);
    }

    /** The partner confirms or disputes a reported day of a shared commitment, with an optional note. */
    @Transactional
    public void confirm(PersonId partner, UUID id, String dayText, long expectedVersion, Confirmation confirmation, String note) {
        requirePartner(partner, id);
        Validation v = new Validation();
        LocalDate day = Texts.day(dayText);
        var checkIn = day == null ? Optional.<CommitmentRepository.CheckInRow>empty() : repository.checkIn(id, day);
        if (checkIn.isEmpty()) {
            v.reject("day", "checkIn.notReported");
        }
        if (confirmation == null) {
            v.reject("confirmation", "checkIn.confirmation.required");
        }
        String clean = Texts.clean(note);
        v.optionalText("note", clean, Validation.MAX_TEXT);
        v.throwIfInvalid();
        byte[] sealed = cipher.sealOrNull(partner, CONFIRM_KIND, checkInId(id, day), clean);
        if (!repository.confirm(id, day, expectedVersion, partner, confirmation, sealed, clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=check_in_{} commitment={} day={}", confirmation.name().toLowerCase(Locale.ROOT), id, day);
    }

    public CommitmentView read(PersonId viewer, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        Access access = policy.require(viewer, ref(row));
        return view(row, viewer, access == Access.AUTHOR);
    }

    /** The consistency record of one commitment, with every day since it started. */
    public RecordView record(PersonId viewer, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.require(viewer, ref(row));
        LocalDate today = today(row.author());
        List<DayRecord> days = dayRecords(row, today);
        Consistency consistency = Consistency.ofEndedDays(days, today);
        return new RecordView(consistency, days, row.schedule(), today, row.schedule().start());
    }

    /** The person's own commitments and, overall, their record. */
    public List<CommitmentView> mine(PersonId person) {
        return views(repository.byAuthor(person), person, true);
    }

    /** Commitments the viewer's current partner shares with them. */
    public List<CommitmentView> partners(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        return views(repository.sharedInCouple(space.get().id(), space.get().partnerId().get()).stream()
                .filter(r -> policy.accessOf(viewer, ref(r)).isPresent()).toList(), viewer, false);
    }

    /** Overall record of a person's commitments: what they may see of their own, or what their partner shares. */
    public Consistency overall(List<CommitmentView> commitments) {
        List<DayRecord> all = new ArrayList<>();
        LocalDate latest = LocalDate.MIN;
        // Every commitment's outcomes in one query, however many commitments there are.
        Map<UUID, List<DayRecord>> outcomes = repository.outcomes(commitments.stream().map(CommitmentView::id).toList());
        for (CommitmentView c : commitments) {
            all.addAll(dayRecords(c.schedule(), outcomes.getOrDefault(c.id(), List.of()), c.today()));
            if (c.today().isAfter(latest)) {
                latest = c.today();
            }
        }
        all.sort(Comparator.comparing(DayRecord::day));
        return Consistency.ofEndedDays(all, latest.equals(LocalDate.MIN) ? LocalDate.now(clock) : latest);
    }

    /** Reports on the partner's shared commitments that wait for this person's answer. */
    public List<CommitmentView> awaitingMyAnswer(PersonId person) {
        return partners(person).stream().filter(c -> !c.awaiting().isEmpty()).toList();
    }

    /**
     * Days kept on the commitments shared in the viewer's current space (by either partner), as
     * reported and not disputed, newest report first: what the accountability timeline shows.
     */
    public List<KeptDay> keptInMySpace(PersonId viewer, int limit) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        Map<UUID, String> texts = new HashMap<>();
        Map<PersonId, String> names = new HashMap<>();
        return repository.keptInCouple(space.get().id(), limit).stream()
                .filter(k -> policy.accessOf(viewer, ref(k.commitment())).isPresent())
                .map(k -> new KeptDay(k.commitment().id(), k.commitment().author().equals(viewer),
                        names.computeIfAbsent(k.commitment().author(), this::name),
                        texts.computeIfAbsent(k.commitment().id(),
                                id -> cipher.open(k.commitment().author(), KIND, id, k.commitment().content())),
                        k.day(), Instant.ofEpochMilli(k.reportedAt()), k.confirmation() == Confirmation.CONFIRMED))
                .toList();
    }

    /** A day a shared commitment was kept; {@code confirmed} when the partner confirmed it. */
    public record KeptDay(UUID commitmentId, boolean mine, String authorName, String text, LocalDate day, Instant reportedAt,
            boolean confirmed) {
    }

    // --- Inside ---------------------------------------------------------------------------------

    private record Parsed(String text, Schedule schedule, Visibility visibility) {
    }

    private Parsed parse(PersonId author, CommitmentDraft d, boolean creating) {
        Validation v = new Validation();
        String text = Texts.clean(d.text());
        v.requiredText("text", text, MAX_TEXT, "commitment.text.required");
        ScheduleKind kind = null;
        try {
            kind = d.kind() == null ? null : ScheduleKind.valueOf(d.kind().strip());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            v.reject("kind", "commitment.kind.required");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : d.weekDays() == null ? List.<String>of() : d.weekDays()) {
            try {
                days.add(DayOfWeek.valueOf(name.strip()));
            } catch (IllegalArgumentException | NullPointerException e) {
                v.reject("weekDays", "commitment.weekDays.invalid");
            }
        }
        if (kind == ScheduleKind.WEEKLY && days.isEmpty()) {
            v.reject("weekDays", "commitment.weekDays.required");
        }
        LocalDate today = today(author);
        LocalDate start = Texts.day(d.start());
        if (Texts.clean(d.start()) == null) {
            start = today;
        } else if (start == null) {
            v.reject("start", "commitment.start.invalid");
        } else if (creating && start.isBefore(today.minusDays(LATE_DAYS))) {
            v.reject("start", "commitment.start.past", LATE_DAYS);
        } else if (start.isAfter(today.plusYears(1))) {
            v.reject("start", "commitment.start.tooFar");
        }
        LocalDate end = Texts.day(d.end());
        if (Texts.clean(d.end()) != null && end == null) {
            v.reject("end", "commitment.end.invalid");
        } else if (kind == ScheduleKind.ONCE && end == null) {
            v.reject("end", "commitment.end.required");
        } else if (end != null && start != null && end.isBefore(start)) {
            v.reject("end", "commitment.end.beforeStart");
        } else if (end != null && end.isAfter(today.plusYears(5))) {
            v.reject("end", "commitment.end.tooFar");
        }
        Visibility visibility = null;
        try {
            visibility = d.visibility() == null ? null : Visibility.valueOf(d.visibility().strip());
        } catch (IllegalArgumentException e) {
            visibility = null;
        }
        if (visibility != Visibility.PRIVATE && visibility != Visibility.PARTNER) {
            v.reject("visibility", "commitment.visibility.invalid");
        }
        v.throwIfInvalid();
        return new Parsed(text, new Schedule(kind, days, start, kind == ScheduleKind.ONCE || end != null ? end : null), visibility);
    }

    /** Today on the calendar of this person, in their time zone. */
    LocalDate today(PersonId person) {
        return accounts.today(person);
    }

    private static List<LocalDate> reportable(Schedule schedule, LocalDate today) {
        List<LocalDate> days = new ArrayList<>(schedule.dueDays(today.minusDays(LATE_DAYS), today));
        java.util.Collections.reverse(days);
        return days;
    }

    private List<DayRecord> dayRecords(CommitmentRepository.Row row, LocalDate today) {
        return dayRecords(row.schedule(), repository.outcomes(row.id()), today);
    }

    private static List<DayRecord> dayRecords(Schedule schedule, List<DayRecord> outcomes, LocalDate today) {
        Map<LocalDate, DayRecord> reported = new HashMap<>();
        for (DayRecord c : outcomes) {
            reported.put(c.day(), c);
        }
        List<DayRecord> days = new ArrayList<>();
        for (LocalDate day : schedule.dueDays(schedule.start(), today)) {
            DayRecord c = reported.get(day);
            days.add(c != null ? c : new DayRecord(day, null, null));
        }
        return days;
    }

    private CommitmentRepository.Row requirePartner(PersonId partner, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        Access access = policy.require(partner, ref(row));
        if (access != Access.PARTNER) {
            throw new NotFoundException();
        }
        return row;
    }

    private CommitmentRepository.RevisionRow pending(UUID id, UUID revisionId) {
        return repository.revisions(id).stream().filter(r -> r.id().equals(revisionId) && r.status().equals("PROPOSED"))
                .findFirst().orElseThrow(() -> InvalidInputException.of("change", "commitment.change.gone"));
    }

    /** Views of several commitments from two queries in all, however many there are. */
    private List<CommitmentView> views(List<CommitmentRepository.Row> rows, PersonId viewer, boolean mine) {
        List<UUID> ids = rows.stream().map(CommitmentRepository.Row::id).toList();
        Map<UUID, List<CommitmentRepository.CheckInRow>> checkIns = repository.latestCheckIns(ids, RECENT);
        Map<UUID, List<CommitmentRepository.RevisionRow>> revisions = repository.revisions(ids);
        return rows.stream().map(r -> view(r, viewer, mine, checkIns.getOrDefault(r.id(), List.of()),
                revisions.getOrDefault(r.id(), List.of()))).toList();
    }

    private CommitmentView view(CommitmentRepository.Row row, PersonId viewer, boolean mine) {
        return view(row, viewer, mine, repository.latestCheckIns(row.id(), RECENT), repository.revisions(row.id()));
    }

    private CommitmentView view(CommitmentRepository.Row row, PersonId viewer, boolean mine,
            List<CommitmentRepository.CheckInRow> latest, List<CommitmentRepository.RevisionRow> revisions) {
        LocalDate today = today(row.author());
        String text = cipher.open(row.author(), KIND, row.id(), row.content());
        List<CheckInView> recent = new ArrayList<>();
        List<CheckInView> awaiting = new ArrayList<>();
        for (var c : latest) {
            String checkInId = checkInId(row.id(), c.day()).toString();
            Optional<String> note = c.note() == null ? Optional.empty()
                    : Optional.of(cipher.open(row.author(), CHECK_IN_KIND, UUID.fromString(checkInId), c.note()));
            // The other's answer note is theirs to keep once the space has ended (decision 28), and gone once their account is.
            Optional<String> confirmNote = c.confirmNote() == null || c.confirmedBy() == null
                    || !wordsShown(row, viewer, c.confirmedBy()) ? Optional.empty()
                    : Optional.of(cipher.open(c.confirmedBy(), CONFIRM_KIND, UUID.fromString(checkInId), c.confirmNote()));
            CheckInView view = new CheckInView(c.day(), c.outcome(), note, Optional.ofNullable(c.confirmation()), confirmNote,
                    c.version());
            recent.add(view);
            if (c.confirmation() == null && row.visibility() == Visibility.PARTNER) {
                awaiting.add(view);
            }
        }
        List<CommitmentView.Change> history = new ArrayList<>();
        Optional<CommitmentView.Change> pending = Optional.empty();
        for (var r : revisions) {
            var change = new CommitmentView.Change(r.id(), name(r.proposedBy()), r.proposedBy().equals(viewer), r.status(),
                    wordsShown(row, viewer, r.proposedBy()) ? cipher.open(r.proposedBy(), REVISION_KIND, r.id(), r.content()) : null,
                    r.schedule(), Instant.ofEpochMilli(r.createdAt()));
            history.add(change);
            if (r.status().equals("PROPOSED")) {
                pending = Optional.of(change);
            }
        }
        return new CommitmentView(row.id(), row.author(), name(row.author()), mine, text, row.schedule(), row.visibility(),
                row.version(), accounts.zoneOf(row.author()), today, reportable(row.schedule(), today), recent, awaiting, pending,
                List.copyOf(history));
    }

    /** Whether the viewer sees what {@code writer} wrote on this commitment: their own words, or the partner's while the space lasts. */
    private boolean wordsShown(CommitmentRepository.Row row, PersonId viewer, PersonId writer) {
        return writer.equals(viewer) || (row.couple() != null && couples.areActivePartners(row.couple(), viewer, writer));
    }

    /** A stable id for a day's check-in, binding its sealed notes to the commitment and the day. */
    private static UUID checkInId(UUID commitment, LocalDate day) {
        return UUID.nameUUIDFromBytes((commitment + "|" + day).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }

    /** Whether the viewer reads this commitment as its author or as a counselor it is shown to; a partner does not count. */
    boolean readsAsAuthorOrCounselor(PersonId viewer, UUID id) {
        return repository.find(id).flatMap(row -> policy.accessOf(viewer, ref(row)))
                .filter(a -> a == Access.AUTHOR || a == Access.COUNSELOR).isPresent();
    }

    static EntryRef ref(CommitmentRepository.Row row) {
        return new EntryRef(KIND, row.id(), row.author(), row.visibility(), row.couple());
    }
}
