package app.kintsugi.boundaries;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.boundaries.internal.BoundaryAgreement;
import app.kintsugi.boundaries.internal.BoundaryRepository;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Boundaries of a couple: proposed by either partner, active only when both agreed to the same
 * version, changed only by agreement, revisited when either asks or when their review date comes.
 * Either partner can say one was crossed, by the other or by themselves; that is a line in its
 * history and an invitation to talk, never a penalty. The agreement changes only by compare-and-set,
 * so two people pressing at once never both succeed.
 */
@Service
@RequiredArgsConstructor
public class Boundaries {

    static final String KIND = "boundary";
    static final String WHAT_KIND = "boundary-what";
    static final String WHY_KIND = "boundary-why";
    static final String NOTE_KIND = "boundary-crossed-note";
    public static final int MAX_WHAT = 500;
    public static final int MAX_WHY = 2_000;
    public static final int MAX_NOTE = 2_000;
    /** The furthest a review date may be set: a boundary deserves a look at least once a year. */
    public static final int MAX_REVIEW_DAYS = 366;
    /** Where the form starts: about three months on. */
    public static final int DEFAULT_REVIEW_DAYS = 91;
    private static final Logger log = LoggerFactory.getLogger(Boundaries.class);

    private final BoundaryRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final TwoPersonEntries entries;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;

    /** Proposes a boundary to the partner in the person's space. */
    @Transactional
    public UUID propose(PersonId person, BoundaryDraft draft) {
        Validation v = new Validation();
        Parsed p = parse(v, draft, today(person));
        CoupleSpace space = entries.spaceToWriteIn(person, v, "boundary.noPartner");
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        BoundaryAgreement agreement = BoundaryAgreement.proposedBy(person);
        repository.insert(new BoundaryRepository.Row(id, space.id(), person, space.partnerId().orElseThrow(), p.category(), agreement,
                p.reviewOn(), now, now, 0));
        insertVersion(person, id, 1, p, now);
        event(id, space.id(), BoundaryEventKind.PROPOSED, person, null, 1, null, now);
        repository.markSeen(id, person, now);
        progress.noteActivity(person, BoundaryExercises.AGREEMENTS);
        log.info("event=boundary_proposed boundary={} couple={}", id, space.id());
        return id;
    }

    /** Either partner proposes new words (or a new review date): the agreed version holds until this one is agreed. */
    @Transactional
    public void proposeChange(PersonId person, UUID id, long expectedVersion, BoundaryDraft draft) {
        var row = requireAccess(person, id);
        Validation v = new Validation();
        Parsed p = parse(v, draft, today(person));
        v.throwIfInvalid();
        int number = Math.max(row.agreement().agreed(), row.agreement().pending()) + 1;
        number = Math.max(number, repository.versions(id).size() + 1);
        BoundaryAgreement next = row.agreement().proposeChange(person, number);
        long now = clock.millis();
        apply(row, expectedVersion, next, now);
        insertVersion(person, id, number, p, now);
        event(id, row.couple(), BoundaryEventKind.CHANGE_PROPOSED, person, null, number, null, now);
        repository.markSeen(id, person, now);
        log.info("event=boundary_change_proposed boundary={} number={}", id, number);
    }

    /** The partner a version waits for agrees to it. */
    @Transactional
    public void agree(PersonId person, UUID id, long expectedVersion, int number) {
        var row = requireAccess(person, id);
        BoundaryAgreement next = row.agreement().agree(person, number);
        long now = clock.millis();
        var agreed = repository.version(id, number).orElseThrow(NotFoundException::new);
        if (row.version() != expectedVersion
                || !repository.update(id, expectedVersion, next, agreed.category(), agreed.reviewOn(), now)) {
            throw new StaleEditException();
        }
        repository.markAgreed(id, number, now);
        event(id, row.couple(), BoundaryEventKind.AGREED, person, null, number, null, now);
        repository.markSeen(id, person, now);
        progress.noteDone(person, BoundaryExercises.AGREEMENTS);
        log.info("event=boundary_agreed boundary={} number={}", id, number);
    }

    /** The partner a version waits for would like to talk about it first. */
    @Transactional
    public void askToTalk(PersonId person, UUID id, long expectedVersion) {
        step(person, id, expectedVersion, a -> a.askToTalk(person), BoundaryEventKind.TALK_REQUESTED, BoundaryAgreement::pending);
    }

    @Transactional
    public void askToRevisit(PersonId person, UUID id, long expectedVersion) {
        step(person, id, expectedVersion, a -> a.askToRevisit(person), BoundaryEventKind.REVISIT_REQUESTED, BoundaryAgreement::agreed);
    }

    @Transactional
    public void withdrawRevisit(PersonId person, UUID id, long expectedVersion) {
        step(person, id, expectedVersion, a -> a.withdrawRevisit(person), BoundaryEventKind.REVISIT_WITHDRAWN,
                BoundaryAgreement::agreed);
    }

    /** The author of the waiting version takes it back. */
    @Transactional
    public void withdrawPending(PersonId person, UUID id, long expectedVersion) {
        step(person, id, expectedVersion, a -> a.withdrawPending(person), BoundaryEventKind.PROPOSAL_WITHDRAWN,
                BoundaryAgreement::pending);
    }

    /**
     * One step of the agreement that writes no new words: the next state by compare-and-set, a line of
     * history naming the version it was about (read before the step), and the boundary seen by the person.
     */
    private void step(PersonId person, UUID id, long expectedVersion, java.util.function.UnaryOperator<BoundaryAgreement> transition,
            BoundaryEventKind kind, java.util.function.ToIntFunction<BoundaryAgreement> about) {
        var row = requireAccess(person, id);
        BoundaryAgreement next = transition.apply(row.agreement());
        long now = clock.millis();
        apply(row, expectedVersion, next, now);
        event(id, row.couple(), kind, person, null, about.applyAsInt(row.agreement()), null, now);
        repository.markSeen(id, person, now);
        log.info("event=boundary_{} boundary={}", lower(kind), id);
    }

    /**
     * Either partner says an agreed boundary was crossed, by the partner or by themselves ({@code about}
     * "SELF" or "PARTNER"), with an optional note. It becomes a line in the boundary's history.
     */
    @Transactional
    public void crossed(PersonId person, UUID id, String about, String note) {
        var row = requireAccess(person, id);
        row.agreement().requireActiveForCrossing();
        Validation v = new Validation();
        PersonId whom = null;
        if ("SELF".equals(about)) {
            whom = person;
        } else if ("PARTNER".equals(about)) {
            whom = row.proposer().equals(person) ? row.partner() : row.proposer();
        } else {
            v.reject("about", "boundary.crossed.about.required");
        }
        String clean = Texts.clean(note);
        v.optionalText("note", clean, MAX_NOTE);
        v.throwIfInvalid();
        long now = clock.millis();
        UUID eventId = UUID.randomUUID();
        repository.insertEvent(new BoundaryRepository.EventRow(eventId, id, row.couple(), BoundaryEventKind.CROSSED, person, whom,
                row.agreement().agreed(), cipher.sealOrNull(person, NOTE_KIND, eventId, clean), now));
        repository.markSeen(id, person, now);
        log.info("event=boundary_crossed boundary={} self={}", id, whom.equals(person));
    }

    /** A boundary with every version and its history; opening it marks what the partner did as seen. */
    @Transactional
    public BoundaryView open(PersonId viewer, UUID id) {
        BoundaryView view = read(viewer, id);
        if (view.ended()) {
            return view;
        }
        repository.markSeen(id, viewer, clock.millis());
        return view;
    }

    /**
     * A boundary as the viewer may read it. Once its space has ended, each of the two reads only the
     * versions and notes they wrote, and the one who did not propose it sees it only if they wrote
     * something in it (decision 0028).
     */
    public BoundaryView read(PersonId viewer, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        List<BoundaryRepository.VersionRow> versions = repository.versions(id);
        List<BoundaryRepository.EventRow> events = repository.events(id);
        Access access = entries.require(viewer, entry(row),
                () -> versions.stream().anyMatch(v -> v.author().equals(viewer))
                        || events.stream().anyMatch(e -> e.actor().equals(viewer) && e.note() != null));
        boolean ended = access == Access.FORMER;
        Names names = new Names();
        List<BoundaryView.Version> all = new ArrayList<>();
        for (var v : versions) {
            if (!ended || v.author().equals(viewer)) {
                all.add(version(v, viewer, names));
            }
        }
        List<BoundaryView.Event> history = events.stream()
                .filter(e -> !ended || e.actor().equals(viewer))
                .map(e -> new BoundaryView.Event(e.kind(), names.of(e.actor()), e.actor().equals(viewer),
                        e.about() != null && e.about().equals(e.actor()), viewer.equals(e.about()), e.number(),
                        cipher.openOrNull(e.actor(), NOTE_KIND, e.id(), e.note()), Instant.ofEpochMilli(e.createdAt())))
                .toList();
        return view(row, viewer, names, all, history, ended);
    }

    /** The boundaries of the viewer's current space. */
    public BoundaryOverview overview(PersonId viewer) {
        List<BoundaryView> all = inMySpace(viewer);
        return new BoundaryOverview(all.stream().filter(BoundaryView::waitsForMe).toList(),
                all.stream().filter(b -> b.status() == BoundaryStatus.ACTIVE && !b.waitsForMe()).toList(),
                all.stream().filter(b -> (b.status() == BoundaryStatus.PROPOSED || b.status() == BoundaryStatus.TALK)
                        && !b.waitsForMe()).toList(),
                fromEndedSpaces(viewer));
    }

    /** Boundaries of spaces that have ended that the viewer wrote a version of, with only their own words. */
    private List<BoundaryView> fromEndedSpaces(PersonId viewer) {
        List<BoundaryRepository.Row> rows = repository.involving(viewer).stream()
                .filter(r -> entries.spaceEnded(entry(r))).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<BoundaryRepository.VersionRow>> mine = new HashMap<>();
        for (var v : repository.versionsBy(viewer)) {
            mine.computeIfAbsent(v.boundary(), k -> new ArrayList<>()).add(v);
        }
        Names names = new Names();
        List<BoundaryView> views = new ArrayList<>();
        for (var row : rows) {
            List<BoundaryRepository.VersionRow> own = mine.getOrDefault(row.id(), List.of());
            if (!own.isEmpty()) {
                views.add(view(row, viewer, names, own.stream().map(v -> version(v, viewer, names)).toList(), List.of(), true));
            }
        }
        return views;
    }

    /**
     * Where each boundary of the viewer's current space stands, for Today, which only says that
     * something waits or is due: nothing is decrypted.
     */
    public List<Standing> standings(PersonId viewer) {
        List<BoundaryRepository.Row> rows = entries.inLiveSpace(viewer, repository::inCouple, Boundaries::entry);
        if (rows.isEmpty()) {
            return List.of();
        }
        Names names = new Names();
        LocalDate today = today(viewer);
        List<Standing> out = new ArrayList<>();
        for (var row : rows) {
            BoundaryAgreement a = row.agreement();
            if (a.withdrawn()) {
                continue;
            }
            PersonId partner = row.proposer().equals(viewer) ? row.partner() : row.proposer();
            boolean reviewDue = a.active() && a.pending() == 0 && a.agreed() != 0 && row.reviewOn() != null
                    && !row.reviewOn().isAfter(today);
            out.add(new Standing(row.id(), names.of(partner), a.waitsFor(viewer),
                    a.pending() != 0 && !a.waitsFor(viewer) && a.talkBy() == null, reviewDue));
        }
        return out;
    }

    /**
     * A boundary as Today needs it.
     *
     * @param waitsForMe      a version waits for the viewer's agreement
     * @param waitsForPartner the viewer's proposal waits for the partner's
     * @param reviewDue       its review date has come, with no change waiting
     */
    public record Standing(UUID id, String partnerName, boolean waitsForMe, boolean waitsForPartner, boolean reviewDue) {
    }

    /** What the partner did on a boundary that this person has not seen yet: one line per boundary, the newest. */
    public List<News> news(PersonId person) {
        Optional<CoupleSpace> space = entries.liveSpace(person);
        if (space.isEmpty()) {
            return List.of();
        }
        Map<UUID, BoundaryRepository.EventRow> newest = new java.util.LinkedHashMap<>();
        for (var e : repository.unseenBy(space.get().id(), person)) {
            newest.put(e.boundary(), e);
        }
        if (newest.isEmpty()) {
            return List.of();
        }
        // The couple's boundaries once, not one read per boundary with news.
        Map<UUID, BoundaryRepository.Row> rows = new HashMap<>();
        for (var row : repository.inCouple(space.get().id())) {
            rows.put(row.id(), row);
        }
        Names names = new Names();
        List<News> news = new ArrayList<>();
        for (var e : newest.values()) {
            var row = rows.get(e.boundary());
            if (row != null && entries.live(entry(row))) {
                news.add(new News(e.boundary(), e.kind(), names.of(e.actor()), person.equals(e.about()) && !e.actor().equals(e.about())));
            }
        }
        return news;
    }

    /** The newest thing the partner did on a boundary, for the dashboard. */
    public record News(UUID boundaryId, BoundaryEventKind kind, String partnerName, boolean aboutMe) {
    }

    /**
     * When a boundary was said to be crossed, and whether the person who said so crossed it
     * themselves: for counts, never content.
     */
    public record Crossing(Instant at, boolean own) {
    }

    /** The crossings reported in a couple between two instants: for counts, never content. */
    public List<Crossing> crossedBetween(CoupleId couple, Instant from, Instant to) {
        return repository.crossedBetween(couple, from.toEpochMilli(), to.toEpochMilli());
    }

    // --- Inside ---------------------------------------------------------------------------------

    private record Parsed(String what, String why, BoundaryCategory category, LocalDate reviewOn) {
    }

    private static Parsed parse(Validation v, BoundaryDraft d, LocalDate today) {
        String what = Texts.clean(d.what());
        String why = Texts.clean(d.why());
        v.requiredText("what", what, MAX_WHAT, "boundary.what.required");
        v.requiredText("why", why, MAX_WHY, "boundary.why.required");
        BoundaryCategory category = null;
        try {
            category = d.category() == null ? null : BoundaryCategory.valueOf(d.category().strip());
        } catch (IllegalArgumentException e) {
            category = null;
        }
        if (category == null) {
            v.reject("category", "boundary.category.required");
        }
        LocalDate reviewOn = null;
        if (d.reviewOn() == null || d.reviewOn().isBlank()) {
            v.reject("reviewOn", "boundary.reviewOn.required");
        } else {
            try {
                reviewOn = LocalDate.parse(d.reviewOn().strip());
                if (!reviewOn.isAfter(today)) {
                    v.reject("reviewOn", "boundary.reviewOn.past");
                } else if (reviewOn.isAfter(today.plusDays(MAX_REVIEW_DAYS))) {
                    v.reject("reviewOn", "boundary.reviewOn.tooFar");
                }
            } catch (DateTimeException e) {
                v.reject("reviewOn", "boundary.reviewOn.invalid");
            }
        }
        return new Parsed(what, why, category, reviewOn);
    }

    private void insertVersion(PersonId author, UUID boundary, int number, Parsed p, long now) {
        UUID id = UUID.randomUUID();
        repository.insertVersion(new BoundaryRepository.VersionRow(id, boundary, number, author, p.category(),
                cipher.seal(author, WHAT_KIND, id, p.what()), cipher.seal(author, WHY_KIND, id, p.why()), p.reviewOn(), now, null));
    }

    private void event(UUID boundary, CoupleId couple, BoundaryEventKind kind, PersonId actor, PersonId about, Integer number,
            byte[] note, long now) {
        repository.insertEvent(new BoundaryRepository.EventRow(UUID.randomUUID(), boundary, couple, kind, actor, about, number, note,
                now));
    }

    /** Saves the next agreement state, keeping the agreed version's category and review date. */
    private void apply(BoundaryRepository.Row row, long expectedVersion, BoundaryAgreement next, long now) {
        if (row.version() != expectedVersion
                || !repository.update(row.id(), expectedVersion, next, row.category(), row.reviewOn(), now)) {
            throw new StaleEditException();
        }
    }

    private BoundaryRepository.Row requireAccess(PersonId viewer, UUID id) {
        return entries.requireWhileBothIn(viewer, repository.find(id), Boundaries::entry);
    }

    /** The share kind of the side of a boundary written by the partner who did not propose it (decision 0045). */
    static final String OTHER_SIDE_KIND = "boundary-other-side";

    /**
     * One person's side of a boundary, as they can show it to a counselor: its category and where it
     * stands, with the versions and notes that person wrote; never the other partner's words.
     */
    record Side(UUID boundary, PersonId writer, BoundaryCategory category, BoundaryStatus status, List<BoundaryView.Version> versions,
            List<String> notes, Instant at) {

        @Override
        public String toString() {
            return "Side[" + boundary + "]";
        }
    }

    /** The boundaries of this person's current space that they proposed ({@code proposed}) or were proposed. */
    List<Side> sidesOf(PersonId person, boolean proposed) {
        return entries.liveSpace(person).map(space -> repository.inCouple(space.id()).stream()
                .filter(r -> (proposed ? r.proposer() : r.partner()).equals(person))
                .map(r -> new Side(r.id(), person, r.category(), r.agreement().status(), List.of(), List.of(),
                        Instant.ofEpochMilli(r.updatedAt())))
                .toList()).orElse(List.of());
    }

    /**
     * The proposer's ({@code proposed}) or the other partner's side of a boundary, for that person or a
     * counselor they show it to; empty for anyone else.
     */
    Optional<Side> sideFor(PersonId viewer, UUID id, boolean proposed) {
        return repository.find(id).flatMap(r -> {
            PersonId writer = proposed ? r.proposer() : r.partner();
            EntryRef entry = new EntryRef(proposed ? KIND : OTHER_SIDE_KIND, r.id(), writer, Visibility.PRIVATE, r.couple());
            if (policy.accessOf(viewer, entry).filter(a -> a == Access.AUTHOR || a == Access.COUNSELOR).isEmpty()) {
                return Optional.empty();
            }
            Names names = new Names();
            List<BoundaryView.Version> versions = repository.versions(id).stream().filter(v -> v.author().equals(writer))
                    .map(v -> version(v, writer, names)).toList();
            List<String> notes = repository.events(id).stream().filter(e -> e.actor().equals(writer) && e.note() != null)
                    .map(e -> cipher.open(e.actor(), NOTE_KIND, e.id(), e.note())).toList();
            return Optional.of(new Side(r.id(), writer, r.category(), r.agreement().status(), versions, notes,
                    Instant.ofEpochMilli(r.updatedAt())));
        });
    }

    /** A boundary is between the partner who proposed it and the one it was proposed to. */
    private static TwoPersonEntry entry(BoundaryRepository.Row row) {
        return TwoPersonEntry.between(KIND, row.id(), row.proposer(), row.partner(), row.couple());
    }

    private List<BoundaryView> inMySpace(PersonId viewer) {
        List<BoundaryRepository.Row> rows = entries.inLiveSpace(viewer, repository::inCouple, Boundaries::entry).stream()
                .filter(row -> !row.agreement().withdrawn()).toList();
        Names names = new Names();
        // The agreed and proposed words of every boundary from one query, however many there are.
        Map<UUID, Map<Integer, BoundaryRepository.VersionRow>> versions = repository.versions(
                rows.stream().map(BoundaryRepository.Row::id).toList());
        List<BoundaryView> views = new ArrayList<>();
        for (var row : rows) {
            Map<Integer, BoundaryRepository.VersionRow> known = versions.getOrDefault(row.id(), Map.of());
            views.add(view(row, viewer, names, List.of(), List.of(), false, number -> Optional.ofNullable(known.get(number))));
        }
        return views;
    }

    private BoundaryView view(BoundaryRepository.Row row, PersonId viewer, Names names, List<BoundaryView.Version> all,
            List<BoundaryView.Event> history, boolean ended) {
        return view(row, viewer, names, all, history, ended, number -> repository.version(row.id(), number));
    }

    private BoundaryView view(BoundaryRepository.Row row, PersonId viewer, Names names, List<BoundaryView.Version> all,
            List<BoundaryView.Event> history, boolean ended,
            java.util.function.IntFunction<Optional<BoundaryRepository.VersionRow>> lookup) {
        BoundaryAgreement a = row.agreement();
        BoundaryView.Version agreed = a.agreed() == 0 ? null : find(all, a.agreed(), viewer, names, ended, lookup);
        BoundaryView.Version pending = a.pending() == 0 ? null : find(all, a.pending(), viewer, names, ended, lookup);
        PersonId partner = row.proposer().equals(viewer) ? row.partner() : row.proposer();
        boolean reviewDue = a.active() && pending == null && agreed != null && !agreed.reviewOn().isAfter(today(viewer));
        return new BoundaryView(row.id(), agreed != null ? agreed.category() : row.category(), a.status(), agreed, pending,
                !ended && a.waitsFor(viewer), names.of(partner), a.talkBy() == null ? null : names.of(a.talkBy()), viewer.equals(a.talkBy()),
                a.revisitBy() == null ? null : names.of(a.revisitBy()), viewer.equals(a.revisitBy()),
                agreed != null ? agreed.reviewOn() : null, reviewDue && !ended, all, history, row.version(), ended);
    }

    private BoundaryView.Version find(List<BoundaryView.Version> all, int number, PersonId viewer, Names names, boolean ended,
            java.util.function.IntFunction<Optional<BoundaryRepository.VersionRow>> lookup) {
        for (var v : all) {
            if (v.number() == number) {
                return v;
            }
        }
        // After the space ended only the viewer's own versions are in "all"; the other's are not shown.
        return ended ? null : lookup.apply(number).map(v -> version(v, viewer, names)).orElse(null);
    }

    private BoundaryView.Version version(BoundaryRepository.VersionRow v, PersonId viewer, Names names) {
        return new BoundaryView.Version(v.number(), names.of(v.author()), v.author().equals(viewer), v.category(),
                cipher.open(v.author(), WHAT_KIND, v.id(), v.what()), cipher.open(v.author(), WHY_KIND, v.id(), v.why()), v.reviewOn(),
                Instant.ofEpochMilli(v.createdAt()), v.agreedAt() == null ? null : Instant.ofEpochMilli(v.agreedAt()));
    }

    private final class Names {
        final Map<PersonId, String> names = new HashMap<>();

        String of(PersonId person) {
            return names.computeIfAbsent(person, Boundaries.this::name);
        }
    }

    /** Today on this person's calendar. */
    public LocalDate today(PersonId person) {
        return accounts.today(person);
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
