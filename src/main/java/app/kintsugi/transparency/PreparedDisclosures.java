package app.kintsugi.transparency;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.moments.Breaks;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;
import app.kintsugi.transparency.internal.PreparedDisclosureRepository;

/**
 * A prepared disclosure: one planned, complete account, written privately in four parts over as many
 * sittings as it takes, and given once, at a time both agreed, instead of truth that comes out in
 * pieces. Until a time is proposed it does not exist for the partner; until it is given they see
 * only the meeting. Once given, it does not change: what comes later is an addition, dated and shown
 * apart (decision 0037). The partner marks each part answered or not yet, and can ask about a part in
 * the question box.
 */
@Service
@RequiredArgsConstructor
public class PreparedDisclosures {

    static final String KIND = "prepared-disclosure";
    /**
     * The kind of a break taken while writing or reading it; at most 16 characters, the width of
     * {@code written_break.kind} (a longer one is refused by PostgreSQL).
     */
    static final String BREAK_KIND = "prep-disclosure";
    /** The kind under which an author shows it to a counselor. */
    public static final String SHOWN_KIND = KIND;
    static final String ADDITION_KIND = "prepared-disclosure-addition";
    static final String REVIEW_KIND = "prepared-disclosure-review";
    public static final int MAX_REVIEW_NOTE = 4_000;
    private static final Logger log = LoggerFactory.getLogger(PreparedDisclosures.class);

    private final PreparedDisclosureRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final Couples couples;
    private final TwoPersonEntries entries;
    private final Accounts accounts;
    private final Progress progress;
    private final Breaks breaks;
    private final Clock clock;

    /**
     * The person's own disclosure in their current space, if they started one: with a partner or alone
     * in a space of their own (decision 0042).
     */
    public Optional<UUID> mine(PersonId author) {
        return couples.current(author).flatMap(space -> repository.byAuthor(space.id(), author)).map(r -> r.id());
    }

    /**
     * The person's own disclosures from spaces that have ended, newest first: theirs to read, with
     * nothing more added (decision 0028). Nothing the other wrote is in them.
     */
    public List<PreparedDisclosureView> fromEndedSpaces(PersonId author) {
        Optional<CoupleSpace> current = couples.current(author);
        return repository.byAuthorEverywhere(author).stream()
                .filter(r -> current.map(space -> !space.id().equals(r.couple())).orElse(true))
                .map(r -> view(r, author, false))
                .toList();
    }

    /** The person's own disclosure in their current space as they see it, if they started one. */
    public Optional<PreparedDisclosureView> own(PersonId author) {
        return mine(author).map(id -> read(author, id));
    }

    /**
     * The disclosures the partner wrote for this person that they may know about: a time has been
     * proposed, or it was given. A draft is left out as if it did not exist.
     */
    public List<PreparedDisclosureView> forMe(PersonId person) {
        return entries.inLiveSpace(person, couple -> repository.forPartner(couple, person), PreparedDisclosures::entry).stream()
                .filter(r -> PreparedDisclosureRules.partnerSees(r.status()) != PreparedDisclosureRules.PartnerSees.NOTHING)
                .map(r -> view(r, person, false))
                .toList();
    }

    /**
     * Starts the person's disclosure in their space, or returns the one they already have. Alone in a
     * space of their own it is meant for nobody yet (decision 0042); without any space there is nowhere
     * to keep it, and choosing a role makes one.
     */
    @Transactional
    public UUID start(PersonId author) {
        CoupleSpace space = couples.current(author).orElse(null);
        if (space == null) {
            throw InvalidInputException.of("entry", "preparedDisclosure.alone.noSpace");
        }
        Optional<PreparedDisclosureRepository.Row> existing = repository.byAuthor(space.id(), author);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        UUID id = UUID.randomUUID();
        try {
            repository.insert(id, space.id(), author, space.partnerId().orElse(null), clock.millis());
        } catch (DuplicateKeyException raced) {
            return repository.byAuthor(space.id(), author).orElseThrow().id();
        }
        log.info("event=prepared_disclosure_started disclosure={} couple={} alone={}", id, space.id(), !space.complete());
        return id;
    }

    /** The disclosure as this viewer may see it; a draft, to anyone but its author, does not exist. */
    public PreparedDisclosureView read(PersonId viewer, UUID id) {
        var row = requireVisible(viewer, id);
        return view(row, viewer, false);
    }

    /**
     * The disclosure opened by the viewer: when the partner opens a given one, it counts as read, and
     * the additions they had not seen are shown as new this once.
     */
    @Transactional
    public PreparedDisclosureView open(PersonId viewer, UUID id) {
        var row = requireVisible(viewer, id);
        boolean partnerReads = viewer.equals(row.partner()) && row.status() == PreparedDisclosureStatus.GIVEN && live(row);
        if (!partnerReads) {
            return view(row, viewer, false);
        }
        PreparedDisclosureView view = view(row, viewer, true);
        long now = clock.millis();
        if (row.readAt() == null) {
            repository.markRead(id, now);
            progress.noteDone(viewer, TransparencyExercises.PREPARED_DISCLOSURE);
            log.info("event=prepared_disclosure_read disclosure={}", id);
        }
        repository.markAdditionsSeen(id, now);
        return view;
    }

    /** Saves the parts of the author's draft; every sitting continues where the last one stopped. */
    @Transactional
    public void save(PersonId author, UUID id, long expectedVersion, Map<DisclosurePart, String> texts) {
        var row = requireAuthorLive(author, id);
        if (!PreparedDisclosureRules.canEdit(row.status())) {
            throw InvalidInputException.of("entry", "preparedDisclosure.given.fixed");
        }
        Validation v = new Validation();
        Map<DisclosurePart, byte[]> sealed = new EnumMap<>(DisclosurePart.class);
        for (DisclosurePart p : DisclosurePart.values()) {
            String clean = Texts.clean(texts.get(p));
            v.optionalText(p.key(), clean, PreparedDisclosureRules.MAX_PART);
            if (clean != null && clean.length() <= PreparedDisclosureRules.MAX_PART) {
                sealed.put(p, cipher.seal(author, p.kind(), id, clean));
            }
        }
        v.throwIfInvalid();
        if (row.version() != expectedVersion || !repository.saveParts(id, expectedVersion, sealed, clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=prepared_disclosure_saved disclosure={}", id);
    }

    /**
     * Proposes a time to give it: the author at any point before it is given, the partner (once a time
     * was proposed to them) another time, with how they want to read it.
     */
    @Transactional
    public void propose(PersonId viewer, UUID id, long expectedVersion, String dayText, String timeText, String wayText) {
        var row = requireMeeting(viewer, id);
        boolean author = row.author().equals(viewer);
        if (!PreparedDisclosureRules.mayPropose(row.status(), author)) {
            throw InvalidInputException.of("entry", "preparedDisclosure.meet.notNow");
        }
        // Written alone: proposing a time is the deliberate act that makes it meant for the partner who
        // joined since; with nobody in the space there is nobody to propose it to.
        PersonId partner = row.partner() != null ? row.partner() : joinedPartner(row).orElseThrow(
                () -> InvalidInputException.of("entry", "preparedDisclosure.alone.waiting"));
        Validation v = new Validation();
        Instant meetAt = meetAt(viewer, dayText, timeText, v);
        ReadingWay way = parseWay(wayText);
        if (!author && way == null) {
            v.reject("way", "preparedDisclosure.way.required");
        }
        v.throwIfInvalid();
        if (row.version() != expectedVersion
                || !repository.propose(id, expectedVersion, partner, meetAt.toEpochMilli(), author ? row.way() : way, viewer,
                        clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=prepared_disclosure_time_proposed disclosure={} by_author={} first_for_partner={}", id, author,
                row.partner() == null);
    }

    /** The one who did not propose the time agrees to it; the partner says how they want to read it. */
    @Transactional
    public void accept(PersonId viewer, UUID id, long expectedVersion, String wayText) {
        var row = requireMeeting(viewer, id);
        boolean author = row.author().equals(viewer);
        if (!PreparedDisclosureRules.mayAccept(row.status(), viewer.equals(row.proposedBy()))) {
            throw InvalidInputException.of("entry", "preparedDisclosure.accept.notNow");
        }
        ReadingWay way = author ? row.way() : parseWay(wayText);
        if (way == null) {
            throw InvalidInputException.of("way", "preparedDisclosure.way.required");
        }
        if (row.version() != expectedVersion || !repository.accept(id, expectedVersion, way, clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=prepared_disclosure_time_agreed disclosure={}", id);
    }

    /**
     * A break while writing or reading it: the author's own while writing, either of the two once it is
     * given; the other sees "taking a break, back at …" once they can see it at all. Anyone else: not found.
     */
    @Transactional
    public Breaks.BreakView takeBreak(PersonId viewer, UUID id) {
        PreparedDisclosureView view = read(viewer, id);
        if (!view.live() || !(view.mine() || view.given())) {
            throw new NotFoundException();
        }
        return breaks.take(viewer, BREAK_KIND, id);
    }

    /** Ends the viewer's own break before its time. */
    @Transactional
    public void endBreak(PersonId viewer, UUID id) {
        read(viewer, id);
        breaks.end(viewer, BREAK_KIND, id);
    }

    /** The break going on while the viewer looks at it (from {@link #read}), if any, as they may see it. */
    public Optional<Breaks.BreakView> currentBreak(PersonId viewer, PreparedDisclosureView view) {
        if (!view.live() || !(view.mine() || view.given())) {
            return Optional.empty();
        }
        return breaks.current(viewer, BREAK_KIND, view.id()).filter(b -> b.mine() || view.given());
    }

    /** The author gives it, at the time both agreed: from now on the partner reads it, and it does not change. */
    @Transactional
    public void give(PersonId author, UUID id, long expectedVersion) {
        var row = requireAuthorLive(author, id);
        if (!PreparedDisclosureRules.mayGive(row.status(), true)) {
            throw InvalidInputException.of("entry", "preparedDisclosure.give.notNow");
        }
        Map<DisclosurePart, String> parts = open(row);
        PreparedDisclosureRules.incomplete(parts).ifPresent(code -> {
            throw InvalidInputException.of("entry", code);
        });
        if (row.version() != expectedVersion || !repository.give(id, expectedVersion, clock.millis())) {
            throw new StaleEditException();
        }
        progress.noteDone(author, TransparencyExercises.PREPARED_DISCLOSURE);
        log.info("event=prepared_disclosure_given disclosure={}", id);
    }

    /** The partner says of one part: answered to my satisfaction, or I still have questions. It can be changed. */
    @Transactional
    public void mark(PersonId partner, UUID id, String partText, String markText) {
        var row = requireVisible(partner, id);
        if (!live(row) || !PreparedDisclosureRules.mayMark(row.status(), row.author().equals(partner))) {
            throw new NotFoundException();
        }
        DisclosurePart part = DisclosurePart.parse(partText).orElseThrow(() -> InvalidInputException.of("part", "preparedDisclosure.part.unknown"));
        PartMark mark = parseMark(markText);
        if (mark == null) {
            throw InvalidInputException.of("mark", "preparedDisclosure.mark.required");
        }
        repository.mark(id, part, mark, clock.millis());
        log.info("event=prepared_disclosure_marked disclosure={} part={} mark={}", id, part, mark);
    }

    /** The author adds something after it was given: its own dated text, never merged into the parts. */
    @Transactional
    public UUID add(PersonId author, UUID id, String text) {
        var row = requireAuthorLive(author, id);
        if (!PreparedDisclosureRules.mayAdd(row.status(), true)) {
            throw InvalidInputException.of("entry", "preparedDisclosure.addition.notYet");
        }
        String clean = Texts.clean(text);
        new Validation().requiredText("text", clean, PreparedDisclosureRules.MAX_ADDITION, "preparedDisclosure.addition.required")
                .throwIfInvalid();
        UUID addition = UUID.randomUUID();
        repository.insertAddition(new PreparedDisclosureRepository.AdditionRow(addition, id, author,
                cipher.seal(author, ADDITION_KIND, addition, clean), clock.millis(), null));
        log.info("event=prepared_disclosure_addition disclosure={} addition={}", id, addition);
        return addition;
    }

    /**
     * Something waiting for this person: a time the other proposed, a disclosure given to them and not
     * opened, additions they have not seen. One statement (two once something was given); nothing is
     * decrypted, and a draft says nothing.
     */
    public List<News> news(PersonId person) {
        Optional<CoupleSpace> space = entries.liveSpace(person);
        if (space.isEmpty()) {
            return List.of();
        }
        PersonId other = space.get().partnerId().orElseThrow();
        List<News> out = new java.util.ArrayList<>();
        String otherName = null;
        for (var r : repository.involving(space.get().id(), person)) {
            boolean between = (r.author().equals(person) && other.equals(r.partner()))
                    || (r.author().equals(other) && person.equals(r.partner()));
            if (!between) {
                continue;
            }
            NewsKind kind = null;
            if (r.status() == PreparedDisclosureStatus.PROPOSED && other.equals(r.proposedBy())) {
                kind = NewsKind.TIME_PROPOSED;
            } else if (r.status() == PreparedDisclosureStatus.GIVEN && r.partner().equals(person)) {
                kind = r.readAt() == null ? NewsKind.GIVEN : repository.unseenAdditions(r.id()) > 0 ? NewsKind.ADDITION : null;
            }
            if (kind != null) {
                otherName = otherName == null ? accounts.nameOf(other) : otherName;
                out.add(new News(r.id(), kind, otherName));
            }
        }
        return out;
    }

    public enum NewsKind { TIME_PROPOSED, GIVEN, ADDITION }

    /** Something about a prepared disclosure that waits for this person, with the other partner's name. */
    public record News(UUID id, NewsKind kind, String otherName) {
    }

    /**
     * A counselor the author showed the draft to (with the consent the policy requires standing: both
     * partners', or the author's own on a link they made alone) leaves one note back for the author; a
     * later note replaces it. Anyone else: not found. Once it is given there is nothing left to review.
     */
    @Transactional
    public void noteFromCounselor(PersonId counselor, UUID id, String text) {
        var row = requireCounselor(counselor, id);
        saveNote(counselor, row, text, row.reviewNoteAt() == null ? 0 : row.reviewNoteAt());
    }

    /**
     * The same, made against the note as the counselor read it ({@link #noteTag}): a note written
     * meanwhile (from another device) is not silently replaced.
     */
    @Transactional
    public void noteFromCounselor(PersonId counselor, UUID id, String text, long expectedTag) {
        var row = requireCounselor(counselor, id);
        if (expectedTag != noteTag(row, counselor)) {
            throw new StaleEditException();
        }
        saveNote(counselor, row, text, row.reviewNoteAt() == null ? 0 : row.reviewNoteAt());
    }

    /**
     * A prepared disclosure its author shows to this counselor, as the counselor reads it: its parts, and
     * the note this counselor left, if any. Anyone the policy does not let read it as a counselor: not found.
     */
    public PreparedDisclosureView forCounselor(PersonId counselor, UUID id) {
        return view(requireCounselor(counselor, id), counselor, false);
    }

    /** The tag of the counselor's own note on it as they read it: when it was written, or 0 while they wrote none. */
    public long noteTag(PersonId counselor, UUID id) {
        return noteTag(requireCounselor(counselor, id), counselor);
    }

    private static long noteTag(PreparedDisclosureRepository.Row row, PersonId counselor) {
        return row.reviewNoteAt() != null && counselor.equals(row.reviewNoteBy()) ? row.reviewNoteAt() : 0;
    }

    private PreparedDisclosureRepository.Row requireCounselor(PersonId counselor, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        if (policy.require(counselor, ref(row)) != Access.COUNSELOR) {
            throw new NotFoundException();
        }
        return row;
    }

    private void saveNote(PersonId counselor, PreparedDisclosureRepository.Row row, String text, long previousAt) {
        if (row.status() == PreparedDisclosureStatus.GIVEN) {
            throw InvalidInputException.of("note", "preparedDisclosure.reviewNote.given");
        }
        String clean = Texts.clean(text);
        new Validation().requiredText("note", clean, MAX_REVIEW_NOTE, "preparedDisclosure.reviewNote.required").throwIfInvalid();
        // Each note is later than the one it replaces, so its time tells them apart.
        long at = Math.max(clock.millis(), previousAt + 1);
        if (!repository.saveReviewNote(row.id(), cipher.seal(counselor, REVIEW_KIND, row.id(), clean), counselor, at, previousAt)) {
            throw new StaleEditException();
        }
        log.info("event=prepared_disclosure_review_note disclosure={}", row.id());
    }

    // --- Used by the question box ---------------------------------------------------------------

    /**
     * The given disclosure a question about one of its parts is asked of: only its partner asks about it,
     * of its author, while both are in its space; otherwise it does not exist.
     */
    PreparedDisclosureRepository.Row requireGivenToAsker(PersonId asker, UUID id) {
        var row = requireVisible(asker, id);
        if (!asker.equals(row.partner()) || row.status() != PreparedDisclosureStatus.GIVEN || !live(row)) {
            throw new NotFoundException();
        }
        return row;
    }

    /** Refuses, as if it did not exist, a disclosure the viewer may not see anything of. */
    void requireVisibleTo(PersonId viewer, UUID id) {
        requireVisible(viewer, id);
    }

    // --- Inside ---------------------------------------------------------------------------------

    /**
     * The row, when the viewer may see anything of it: its author always (their own words, even after
     * the space ended); the partner once a time was proposed, while both are in the space; a counselor
     * when the policy says so. A draft answers the partner exactly like a missing entry.
     */
    private PreparedDisclosureRepository.Row requireVisible(PersonId viewer, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        if (viewer.equals(row.partner()) && PreparedDisclosureRules.partnerSees(row.status()) == PreparedDisclosureRules.PartnerSees.MEETING
                && live(row)) {
            return row;
        }
        policy.require(viewer, ref(row));
        return row;
    }

    /** Only the two, while both are in the space, and for the partner only once a time was proposed to them. */
    private PreparedDisclosureRepository.Row requireMeeting(PersonId viewer, UUID id) {
        var row = requireVisible(viewer, id);
        if (!live(row) || !(row.author().equals(viewer) || viewer.equals(row.partner()))) {
            throw new NotFoundException();
        }
        return row;
    }

    private PreparedDisclosureRepository.Row requireAuthorLive(PersonId author, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        if (row.partner() == null) {
            policy.requireAuthor(author, ref(row));
            if (!live(row)) {
                throw new NotFoundException();
            }
            return row;
        }
        entries.requireWriterInLiveSpace(author, entry(row));
        return row;
    }

    /**
     * Both are still in the space it was written in; written alone (meant for nobody yet), its author
     * is still in that space, whoever joined since.
     */
    private boolean live(PreparedDisclosureRepository.Row row) {
        if (row.partner() == null) {
            return couples.activeCoupleOf(row.author()).map(row.couple()::equals).orElse(false);
        }
        return entries.live(entry(row));
    }

    /** Written alone: the partner who joined its space since, if one did and it still lasts. */
    private Optional<PersonId> joinedPartner(PreparedDisclosureRepository.Row row) {
        return couples.current(row.author()).filter(space -> space.id().equals(row.couple())).flatMap(CoupleSpace::partnerId);
    }

    /** Before it is given the text is the author's alone; the policy reads it so. */
    static EntryRef ref(PreparedDisclosureRepository.Row row) {
        return new EntryRef(KIND, row.id(), row.author(),
                row.status() == PreparedDisclosureStatus.GIVEN ? Visibility.PARTNER : Visibility.PRIVATE, row.couple());
    }

    /** Meant for a partner, it is between its author and them; written alone, for nobody yet. */
    private static TwoPersonEntry entry(PreparedDisclosureRepository.Row row) {
        return new TwoPersonEntry(ref(row), row.partner());
    }

    private Map<DisclosurePart, String> open(PreparedDisclosureRepository.Row row) {
        Map<DisclosurePart, String> out = new EnumMap<>(DisclosurePart.class);
        row.parts().forEach((p, sealed) -> {
            String text = cipher.open(row.author(), p.kind(), row.id(), sealed);
            if (text != null) {
                out.put(p, text);
            }
        });
        return out;
    }

    private PreparedDisclosureView view(PreparedDisclosureRepository.Row r, PersonId viewer, boolean countNew) {
        boolean mine = r.author().equals(viewer);
        boolean text = mine || r.status() == PreparedDisclosureStatus.GIVEN || !viewer.equals(r.partner());
        List<PreparedDisclosureView.Addition> additions = List.of();
        int fresh = 0;
        if (r.status() == PreparedDisclosureStatus.GIVEN) {
            var rows = repository.additions(r.id());
            additions = rows.stream().map(a -> new PreparedDisclosureView.Addition(a.id(),
                    cipher.open(a.author(), ADDITION_KIND, a.id(), a.content()), Instant.ofEpochMilli(a.addedAt()))).toList();
            fresh = countNew ? (int) rows.stream().filter(a -> a.seenAt() == null).count() : 0;
        }
        boolean alone = r.partner() == null;
        // Alone, the only name it can carry is the partner who joined since, and only its author sees that.
        PersonId partner = alone ? (mine && live(r) ? joinedPartner(r).orElse(null) : null) : r.partner();
        return new PreparedDisclosureView(r.id(), mine, accounts.nameOf(r.author()), partner == null ? null : accounts.nameOf(partner),
                r.status(),
                text ? open(r) : Map.of(), Instant.ofEpochMilli(r.updatedAt()), r.meetAt() == null ? null : Instant.ofEpochMilli(r.meetAt()),
                r.way(), viewer.equals(r.proposedBy()), r.givenAt() == null ? null : Instant.ofEpochMilli(r.givenAt()),
                r.status() == PreparedDisclosureStatus.GIVEN ? repository.marks(r.id()) : Map.of(), additions, fresh, r.version(),
                live(r), reviewNote(r, viewer), alone);
    }

    /** The counselor's note, for the author and the counselor who wrote it; nobody else, never the partner. */
    private PreparedDisclosureView.ReviewNote reviewNote(PreparedDisclosureRepository.Row r, PersonId viewer) {
        if (r.reviewNote() == null || r.reviewNoteBy() == null || !(viewer.equals(r.author()) || viewer.equals(r.reviewNoteBy()))) {
            return null;
        }
        return new PreparedDisclosureView.ReviewNote(accounts.nameOf(r.reviewNoteBy()),
                cipher.open(r.reviewNoteBy(), REVIEW_KIND, r.id(), r.reviewNote()), Instant.ofEpochMilli(r.reviewNoteAt()));
    }

    private Instant meetAt(PersonId viewer, String dayText, String timeText, Validation v) {
        LocalDate day = null;
        LocalTime time = null;
        try {
            day = dayText == null || dayText.isBlank() ? null : LocalDate.parse(dayText.strip());
        } catch (DateTimeException e) {
            day = null;
        }
        try {
            time = timeText == null || timeText.isBlank() ? null : LocalTime.parse(timeText.strip());
        } catch (DateTimeException e) {
            time = null;
        }
        if (day == null) {
            v.reject("day", "preparedDisclosure.meet.day.required");
        }
        if (time == null) {
            v.reject("time", "preparedDisclosure.meet.time.required");
        }
        if (day == null || time == null) {
            return Instant.EPOCH;
        }
        Instant at = day.atTime(time).atZone(accounts.zoneOf(viewer)).toInstant();
        PreparedDisclosureRules.timeProblem(at, clock.instant())
                .ifPresent(code -> v.reject("day", code, PreparedDisclosureRules.MAX_DAYS_AHEAD));
        return at;
    }

    private static ReadingWay parseWay(String value) {
        try {
            return value == null || value.isBlank() ? null : ReadingWay.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static PartMark parseMark(String value) {
        try {
            return value == null || value.isBlank() ? null : PartMark.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
