package app.kintsugi.moments;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.moments.internal.MomentRepository;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * A person's own side of hard moments: the log, the plan and the hard dates. All of it is private to
 * its writer; a hard date's "ask" is the one part the partner sees, in the days before that date.
 */
@Service
@RequiredArgsConstructor
public class HardMoments {

    static final String ENTRY_KIND = "hard-moment";
    static final String WHAT_KIND = "hard-moment-what";
    static final String TAGS_KIND = "hard-moment-tags";
    static final String DID_KIND = "hard-moment-did";
    static final String HELPED_KIND = "hard-moment-helped";
    static final String PLAN_KIND = "coping-plan";
    static final String HELPS_KIND = "coping-plan-helps";
    static final String AVOID_KIND = "coping-plan-avoid";
    static final String PEOPLE_KIND = "coping-plan-people";
    static final String DATE_KIND = "hard-date";
    static final String LABEL_KIND = "hard-date-label";
    static final String ASK_KIND = "hard-date-ask";
    public static final int MAX_WHAT = 500;
    public static final int MAX_DID = 2_000;
    public static final int MAX_HELPED = 500;
    public static final int MAX_TAG = 40;
    public static final int MAX_TAGS = 10;
    public static final int MAX_PLAN_PART = 4_000;
    public static final int MAX_LABEL = 200;
    public static final int MAX_ASK = 500;
    public static final int MAX_DATES = 50;
    /** How many days before a hard date it appears on Today, and the partner sees what was asked. */
    public static final int DAYS_AHEAD = 7;
    public static final int ASK_DAYS_AHEAD = 3;
    /** How far back a moment may be logged. */
    private static final int MAX_YEARS_BACK = 5;
    private static final Logger log = LoggerFactory.getLogger(HardMoments.class);

    private final MomentRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final Couples couples;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;

    // --- The log --------------------------------------------------------------------------------

    /** Logs a hard moment now with only how strong it was: one tap; the rest can be added later. */
    @Transactional
    public UUID quickLog(PersonId person, String strength) {
        Validation v = new Validation();
        int s = strength(v, strength);
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        repository.insert(new MomentRepository.EntryRow(id, person, now, s, null, null, null, null, now, now, 0));
        progress.noteActivity(person, MomentExercises.LOG);
        log.info("event=hard_moment_logged entry={} quick=true", id);
        return id;
    }

    @Transactional
    public UUID log(PersonId person, MomentDraft draft) {
        UUID id = UUID.randomUUID();
        Parsed p = parse(draft, person);
        long now = clock.millis();
        repository.insert(sealed(person, id, p, now, now, 0));
        progress.noteActivity(person, MomentExercises.LOG);
        log.info("event=hard_moment_logged entry={} quick=false", id);
        return id;
    }

    @Transactional
    public void update(PersonId person, UUID id, long expectedVersion, MomentDraft draft) {
        var row = requireOwn(person, id);
        Parsed p = parse(draft, person);
        if (row.version() != expectedVersion || !repository.update(sealed(person, id, p, row.createdAt(), clock.millis(), 0),
                expectedVersion)) {
            throw new StaleEditException();
        }
        log.info("event=hard_moment_changed entry={}", id);
    }

    @Transactional
    public void delete(PersonId person, UUID id) {
        requireOwn(person, id);
        repository.delete(id, person);
        log.info("event=hard_moment_deleted entry={}", id);
    }

    public MomentEntry entry(PersonId person, UUID id) {
        return opened(requireOwn(person, id));
    }

    /** The person's log, newest first. */
    public List<MomentEntry> entries(PersonId person) {
        return repository.entries(person).stream().map(this::opened).toList();
    }

    public LogSummary summary(PersonId person) {
        List<LogSummary.Moment> moments = entries(person).stream()
                .map(e -> new LogSummary.Moment(e.happenedAt(), e.strength(), e.tags(), e.helped())).toList();
        return LogSummary.of(moments, today(person), zone(person));
    }

    /** The tags the person used before, most used first, for ticking instead of typing again. */
    public List<String> tags(PersonId person) {
        return tags(entries(person));
    }

    static List<String> tags(List<MomentEntry> entries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (MomentEntry e : entries) {
            for (String t : e.tags()) {
                String key = t.toLowerCase(Locale.ROOT);
                counts.merge(key, 1, Integer::sum);
                spelling.putIfAbsent(key, t);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> spelling.get(e.getKey())).toList();
    }

    // --- The plan -------------------------------------------------------------------------------

    public CopingPlan plan(PersonId person) {
        return repository.plan(person).map(r -> new CopingPlan(cipher.openOrNull(person, HELPS_KIND, r.id(), r.helps()),
                cipher.openOrNull(person, AVOID_KIND, r.id(), r.avoid()), cipher.openOrNull(person, PEOPLE_KIND, r.id(), r.people()), r.version()))
                .orElse(CopingPlan.EMPTY);
    }

    /** Saves the plan; {@code expectedVersion} is -1 for a first plan. */
    @Transactional
    public void savePlan(PersonId person, long expectedVersion, String helps, String avoid, String people) {
        String h = Texts.clean(helps);
        String a = Texts.clean(avoid);
        String p = Texts.clean(people);
        Validation v = new Validation();
        v.optionalText("helps", h, MAX_PLAN_PART).optionalText("avoid", a, MAX_PLAN_PART).optionalText("people", p, MAX_PLAN_PART);
        if (h == null && a == null && p == null) {
            v.reject("helps", "moments.plan.empty");
        }
        v.throwIfInvalid();
        var existing = repository.plan(person);
        long now = clock.millis();
        if (existing.isEmpty()) {
            if (expectedVersion != -1) {
                throw new StaleEditException();
            }
            UUID id = UUID.randomUUID();
            try {
                repository.insertPlan(new MomentRepository.PlanRow(id, person, cipher.sealOrNull(person, HELPS_KIND, id, h),
                        cipher.sealOrNull(person, AVOID_KIND, id, a), cipher.sealOrNull(person, PEOPLE_KIND, id, p), now, 0));
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new StaleEditException();
            }
        } else {
            UUID id = existing.get().id();
            if (!repository.updatePlan(new MomentRepository.PlanRow(id, person, cipher.sealOrNull(person, HELPS_KIND, id, h),
                    cipher.sealOrNull(person, AVOID_KIND, id, a), cipher.sealOrNull(person, PEOPLE_KIND, id, p), now, 0), expectedVersion)) {
                throw new StaleEditException();
            }
        }
        progress.noteDone(person, MomentExercises.PLAN);
        log.info("event=coping_plan_saved person={}", person.value());
    }

    // --- Hard dates -----------------------------------------------------------------------------

    /** The person's hard dates, the next to come first, then those that have passed. */
    public List<HardDate> dates(PersonId person) {
        LocalDate today = today(person);
        Optional<CoupleSpace> space = couples.completeSpace(person);
        PersonId partner = space.flatMap(CoupleSpace::partnerId).orElse(null);
        String partnerName = partner == null ? null : accounts.nameOf(partner);
        return repository.dates(person).stream()
                .map(r -> date(r, today, r.ask() != null && partner != null && !partner.equals(r.askFor()) ? partnerName : null))
                .sorted(Comparator.comparing((HardDate d) -> d.next() == null)
                        .thenComparing(d -> d.next() == null ? d.day() : d.next(),
                                (x, y) -> x == null || y == null ? 0 : x.compareTo(y)))
                .toList();
    }

    @Transactional
    public UUID addDate(PersonId person, HardDateDraft draft) {
        Validation v = new Validation();
        LocalDate day = null;
        if (draft.day() == null || draft.day().isBlank()) {
            v.reject("day", "moments.dates.day.required");
        } else {
            try {
                day = LocalDate.parse(draft.day().strip());
                if (day.getYear() < 1900 || day.getYear() > 2200) {
                    v.reject("day", "moments.dates.day.invalid");
                }
            } catch (DateTimeException e) {
                v.reject("day", "moments.dates.day.invalid");
            }
        }
        String label = Texts.clean(draft.label());
        String ask = Texts.clean(draft.ask());
        v.requiredText("label", label, MAX_LABEL, "moments.dates.label.required");
        v.optionalText("ask", ask, MAX_ASK);
        if (!v.hasErrors() && !draft.yearly() && day.isBefore(today(person))) {
            v.reject("day", "moments.dates.day.past");
        }
        if (repository.dates(person).size() >= MAX_DATES) {
            v.reject("day", "moments.dates.tooMany", MAX_DATES);
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        // An ask is meant for the partner in the space as it is written; written alone, it stays the
        // writer's until they choose to show it to someone who joins later.
        PersonId askFor = ask == null ? null : couples.completeSpace(person).flatMap(CoupleSpace::partnerId).orElse(null);
        repository.insertDate(new MomentRepository.DateRow(id, person, day, draft.yearly(), cipher.sealOrNull(person, LABEL_KIND, id, label),
                cipher.sealOrNull(person, ASK_KIND, id, ask), clock.millis(), askFor));
        log.info("event=hard_date_added date={}", id);
        return id;
    }

    /**
     * Shows the ask of one of the person's dates, written before their partner was in the space, to
     * that partner: from now on they see it in the days before the date, as any other ask.
     */
    @Transactional
    public void showAsk(PersonId person, UUID id) {
        var row = repository.findDate(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(person, new EntryRef(DATE_KIND, id, row.person(), Visibility.PRIVATE, null));
        PersonId partner = couples.completeSpace(person).flatMap(CoupleSpace::partnerId).orElseThrow(NotFoundException::new);
        if (row.ask() == null || !repository.showAsk(id, person, partner)) {
            throw new NotFoundException();
        }
        log.info("event=hard_date_ask_shown date={}", id);
    }

    @Transactional
    public void deleteDate(PersonId person, UUID id) {
        var row = repository.findDate(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(person, new EntryRef(DATE_KIND, id, row.person(), Visibility.PRIVATE, null));
        repository.deleteDate(id, person);
        log.info("event=hard_date_deleted date={}", id);
    }

    /**
     * What the partner asked of this person for a hard date of theirs within the next
     * {@link #ASK_DAYS_AHEAD} days, while both share the space. Nothing else of the date is shown.
     */
    public List<PartnerAsk> asksOf(PersonId person) {
        Optional<CoupleSpace> space = couples.completeSpace(person);
        if (space.isEmpty()) {
            return List.of();
        }
        PersonId partner = space.get().partnerId().orElseThrow();
        LocalDate today = today(person);
        String name = accounts.nameOf(partner);
        List<PartnerAsk> asks = new ArrayList<>();
        for (var row : repository.dates(partner)) {
            if (row.ask() == null || !person.equals(row.askFor())) {
                continue;
            }
            HardDate d = date(row, today(partner));
            if (d.next() != null && !d.next().isAfter(today.plusDays(ASK_DAYS_AHEAD))) {
                asks.add(new PartnerAsk(row.id(), name, d.next(), d.ask()));
            }
        }
        return asks;
    }

    /** Today on this person's calendar. */
    public LocalDate today(PersonId person) {
        return accounts.today(person);
    }

    /** The time now on this person's clock, to the minute: where a new entry's "when" starts. */
    public LocalDateTime now(PersonId person) {
        return LocalDateTime.now(clock.withZone(zone(person))).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    public ZoneId zone(PersonId person) {
        return accounts.zoneOf(person);
    }

    // --- Inside ---------------------------------------------------------------------------------

    private record Parsed(long at, int strength, String what, List<String> tags, String did, String helped) {
    }

    private Parsed parse(MomentDraft d, PersonId person) {
        Validation v = new Validation();
        ZoneId zone = zone(person);
        Instant now = clock.instant();
        long at = now.toEpochMilli();
        if (d.happenedAt() != null && !d.happenedAt().isBlank()) {
            try {
                Instant when = LocalDateTime.parse(d.happenedAt().strip()).atZone(zone).toInstant();
                if (when.isAfter(now.plus(Duration.ofMinutes(5)))) {
                    v.reject("happenedAt", "moments.happenedAt.future");
                } else if (when.isBefore(now.atZone(zone).minusYears(MAX_YEARS_BACK).toInstant())) {
                    v.reject("happenedAt", "moments.happenedAt.tooOld", MAX_YEARS_BACK);
                } else {
                    at = when.toEpochMilli();
                }
            } catch (DateTimeException e) {
                v.reject("happenedAt", "moments.happenedAt.invalid");
            }
        }
        int strength = strength(v, d.strength());
        String what = Texts.clean(d.what());
        String did = Texts.clean(d.did());
        String helped = Texts.clean(d.helped());
        v.optionalText("what", what, MAX_WHAT).optionalText("did", did, MAX_DID).optionalText("helped", helped, MAX_HELPED);
        List<String> tags = new ArrayList<>();
        List<String> typed = d.tags() == null ? List.of() : Arrays.asList(d.tags().split("[,\\n]"));
        for (String raw : concat(d.chosenTags(), typed)) {
            String t = Texts.clean(raw);
            if (t == null) {
                continue;
            }
            t = t.replaceAll("\\s+", " ");
            if (t.codePointCount(0, t.length()) > MAX_TAG) {
                v.reject("tags", "moments.tags.tooLong", MAX_TAG);
            } else if (tags.stream().noneMatch(t::equalsIgnoreCase)) {
                tags.add(t);
            }
        }
        if (tags.size() > MAX_TAGS) {
            v.reject("tags", "moments.tags.tooMany", MAX_TAGS);
        }
        v.throwIfInvalid();
        return new Parsed(at, strength, what, tags, did, helped);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static int strength(Validation v, String value) {
        if (value == null || value.isBlank()) {
            v.reject("strength", "moments.strength.required");
            return 0;
        }
        try {
            int s = Integer.parseInt(value.strip());
            if (s < 0 || s > 10) {
                v.reject("strength", "moments.strength.range");
            }
            return s;
        } catch (NumberFormatException e) {
            v.reject("strength", "moments.strength.range");
            return 0;
        }
    }

    private MomentRepository.EntryRow sealed(PersonId person, UUID id, Parsed p, long createdAt, long now, long version) {
        return new MomentRepository.EntryRow(id, person, p.at(), p.strength(), cipher.sealOrNull(person, WHAT_KIND, id, p.what()),
                cipher.sealOrNull(person, TAGS_KIND, id, p.tags().isEmpty() ? null : String.join("\n", p.tags())),
                cipher.sealOrNull(person, DID_KIND, id, p.did()), cipher.sealOrNull(person, HELPED_KIND, id, p.helped()), createdAt, now, version);
    }

    private MomentEntry opened(MomentRepository.EntryRow r) {
        String tags = cipher.openOrNull(r.person(), TAGS_KIND, r.id(), r.tags());
        return new MomentEntry(r.id(), Instant.ofEpochMilli(r.happenedAt()), r.strength(), cipher.openOrNull(r.person(), WHAT_KIND, r.id(), r.what()),
                tags == null ? List.of() : List.of(tags.split("\n")), cipher.openOrNull(r.person(), DID_KIND, r.id(), r.did()),
                cipher.openOrNull(r.person(), HELPED_KIND, r.id(), r.helped()), r.version());
    }

    private MomentRepository.EntryRow requireOwn(PersonId person, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.require(person, new EntryRef(ENTRY_KIND, id, row.person(), Visibility.PRIVATE, null));
        return row;
    }

    private HardDate date(MomentRepository.DateRow r, LocalDate today) {
        return date(r, today, null);
    }

    private HardDate date(MomentRepository.DateRow r, LocalDate today, String heldFrom) {
        return new HardDate(r.id(), r.day(), r.yearly(), cipher.openOrNull(r.person(), LABEL_KIND, r.id(), r.label()),
                cipher.openOrNull(r.person(), ASK_KIND, r.id(), r.ask()), next(r.day(), r.yearly(), today), heldFrom);
    }

    /** When a date comes next from today: itself if once and not past; for a yearly date this year's or next year's. */
    static LocalDate next(LocalDate day, boolean yearly, LocalDate today) {
        if (!yearly) {
            return day.isBefore(today) ? null : day;
        }
        MonthDay md = MonthDay.from(day);
        LocalDate thisYear = md.atYear(today.getYear());
        return thisYear.isBefore(today) ? md.atYear(today.getYear() + 1) : thisYear;
    }
}
