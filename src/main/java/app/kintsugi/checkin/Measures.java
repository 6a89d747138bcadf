package app.kintsugi.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import app.kintsugi.checkin.internal.CheckInRepository;
import app.kintsugi.checkin.internal.MeasureScheduleRepository;
import app.kintsugi.checkin.internal.QuestionnaireScoring;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Validation;

/**
 * Measures: every questionnaire other than the weekly check-in (the validated instruments the project
 * ships and any an operator added), answered by a person when they choose and, if they like, on a
 * schedule (every week, two weeks, month, or once). Answers and scores are sealed with the person's
 * key like the check-in's and are theirs alone: never shown to the partner; a counselor sees a
 * measure's scores only while the person shows that measure to them (see {@link #shownToCounselor}).
 * A measure is answered whole (nothing is stored half-way); answering the same measure again on the
 * same day replaces that day's answers.
 */
@Service
@RequiredArgsConstructor
public class Measures {

    private static final Logger log = LoggerFactory.getLogger(Measures.class);

    private final Questionnaires questionnaires;
    private final CheckIns checkIns;
    private final CheckInRepository responses;
    private final MeasureScheduleRepository schedules;
    private final ContentCipher cipher;
    private final Accounts accounts;
    private final Clock clock;
    private final AccessPolicy policy;
    private final AddedQuestionnaires added;
    private final org.springframework.beans.factory.ObjectProvider<LinkedCounselor> linked;

    /** A measure is shown to a counselor as one entry of kind {@code measure:<questionnaire id>} whose id is its owner's own id. */
    public static final String SHOWN_KIND_PREFIX = "measure:";
    /** The longest kind a showing can carry (the {@code counselor_share.entry_kind} column). */
    static final int MAX_KIND = 40;

    /**
     * A measure as the person sees it in the list: its schedule (null when they chose none), whether
     * it is due today, the day they last answered it (null before the first time), and whether their
     * counselor added it.
     */
    public record Measure(Questionnaire questionnaire, Cadence cadence, boolean due, LocalDate lastAnswered, boolean fromCounselor) {
    }

    /**
     * One finished answer to a measure, with each subscale's score, the band it falls in and how it
     * compares with the answer before. {@code crisis} says a crisis item was answered above its
     * lowest point: the page shows the safety resources.
     */
    public record Result(UUID id, Questionnaire questionnaire, LocalDate on, List<Score> scores, boolean crisis) {
    }

    /** A subscale's score; {@code sincePrevious} null for the first answer. */
    public record Score(Subscale subscale, double value, Cutoff band, Change sincePrevious) {
    }

    /** One finished answer with what was answered, for the person's own download. */
    public record Response(UUID id, Questionnaire questionnaire, int definitionVersion, LocalDate on, long answeredAt,
            Map<String, Integer> answers, Map<String, Double> scores) {
    }

    /** Every measure the person can answer, in the order the questionnaires are read. */
    public List<Measure> list(PersonId person) {
        return list(person, schedules.of(person));
    }

    private List<Measure> list(PersonId person, List<MeasureScheduleRepository.Row> chosen) {
        Map<String, MeasureScheduleRepository.Row> mine = new LinkedHashMap<>();
        chosen.forEach(r -> mine.put(r.questionnaire(), r));
        LocalDate today = accounts.today(person);
        Map<String, LocalDate> lastOf = responses.lastComplete(person);
        List<Measure> out = new ArrayList<>();
        for (Questionnaire q : measures(person)) {
            MeasureScheduleRepository.Row schedule = mine.get(q.id());
            LocalDate last = lastOf.get(q.id());
            out.add(new Measure(q, schedule == null ? null : schedule.cadence(), schedule != null && due(schedule, last, today), last,
                    addedByCounselor(q)));
        }
        return out;
    }

    /** The measures due today by the person's own schedules. */
    public List<Questionnaire> due(PersonId person) {
        // On Today for everyone: nothing more than the schedules for someone who chose none.
        List<MeasureScheduleRepository.Row> chosen = schedules.of(person);
        if (chosen.isEmpty()) {
            return List.of();
        }
        return list(person, chosen).stream().filter(Measure::due).map(Measure::questionnaire).toList();
    }

    /**
     * The measure with this id that the person can answer now: one the instance offers everyone, or
     * one their counselor added while that counselor's access stands. "Not found" otherwise (the
     * weekly check-in, an unknown id, another counselor's questionnaire).
     */
    public Questionnaire measure(PersonId person, String id) {
        Optional<Questionnaire> everyone = questionnaires.find(id).filter(q -> !Questionnaires.WEEKLY.equals(q.id()));
        if (everyone.isPresent()) {
            return everyone.get();
        }
        return offered(person).stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(NotFoundException::new);
    }

    /**
     * A measure the person can read their answers to: one they can answer now ({@link #measure}), or a
     * counselor's they answered before that counselor stopped offering it or their access ended.
     */
    public Questionnaire readable(PersonId person, String id) {
        try {
            return measure(person, id);
        } catch (NotFoundException e) {
            if (AddedQuestionnaires.looksAdded(id) && responses.lastComplete(person).containsKey(id)) {
                return added.find(id).orElseThrow(NotFoundException::new);
            }
            throw e;
        }
    }

    /** Any questionnaire by id: built in, an operator's or a counselor's; for labels and kinds, never for access. */
    public Optional<Questionnaire> find(String id) {
        return questionnaires.find(id).or(() -> added.find(id));
    }

    /** Every measure the instance offers everyone: all its questionnaires but the weekly check-in, which has its own page. */
    public List<Questionnaire> measures() {
        return questionnaires.all().stream().filter(q -> !Questionnaires.WEEKLY.equals(q.id())).toList();
    }

    /** Every measure the person can answer now: the instance's, then those their counselor added. */
    public List<Questionnaire> measures(PersonId person) {
        List<Questionnaire> offered = offered(person);
        if (offered.isEmpty()) {
            return measures();
        }
        List<Questionnaire> out = new ArrayList<>(measures());
        out.addAll(offered);
        return out;
    }

    /** The questionnaires the person's counselor added and offers, while that counselor's access stands. */
    public List<Questionnaire> offered(PersonId person) {
        LinkedCounselor source = linked.getIfAvailable();
        if (source == null) {
            return List.of();
        }
        return source.of(person).map(added::offeredBy).orElse(List.of());
    }

    /** Whether the questionnaire is one a counselor added (not the instance's own). */
    public boolean addedByCounselor(Questionnaire q) {
        return AddedQuestionnaires.looksAdded(q.id()) && questionnaires.find(q.id()).isEmpty();
    }

    /**
     * Saves a whole answer ({@code item id → value as sent}). Every item must be answered on its scale;
     * otherwise each item in question is named (field {@code item-<id>}) and nothing is stored.
     */
    @Transactional
    public Result answer(PersonId person, String id, Map<String, String> sent) {
        Questionnaire q = measure(person, id);
        Validation v = new Validation();
        Map<String, Integer> answers = QuestionnaireScoring.parse(q, sent, v, "measure.answer.missing");
        v.throwIfInvalid();
        LocalDate today = accounts.today(person);
        long now = clock.millis();
        UUID responseId = checkIns.store(person, q, today, responses.find(person, q.id(), today), answers, true, now);
        boolean crisis = q.crisis(answers);
        log.info("event=measure_answered questionnaire={} response={}", q.id(), responseId);
        if (crisis) {
            log.info("event=measure_crisis_item_resources_shown response={}", responseId);
        }
        return latest(person, q.id()).orElseThrow();
    }

    /** The person's latest finished answer to the measure, with its scores and bands; empty before the first. */
    public Optional<Result> latest(PersonId person, String id) {
        Questionnaire q = readable(person, id);
        List<CheckInRepository.Row> rows = responses.complete(person, q.id());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CheckInRepository.Row last = rows.getLast();
        Map<String, Double> scores = scores(person, last);
        Map<String, Double> before = rows.size() > 1 ? scores(person, rows.get(rows.size() - 2)) : Map.of();
        List<Score> out = new ArrayList<>();
        for (Subscale s : q.subscales()) {
            Double value = scores.get(s.name());
            if (value == null) {
                continue;
            }
            Double previous = before.get(s.name());
            out.add(new Score(s, value, s.cutoff(value).orElse(null), previous == null ? null : ReliableChange.between(s, previous, value)));
        }
        return Optional.of(new Result(last.id(), q, last.week(), out, q.crisis(answers(person, last))));
    }

    /** The person's scores on every measure they answered, one series per subscale, for their trajectory. Theirs alone. */
    public List<Trajectory> history(PersonId person) {
        List<Trajectory> out = new ArrayList<>();
        // One query says which measures were ever answered; only those are read.
        java.util.Set<String> answered = responses.lastComplete(person).keySet();
        for (Questionnaire q : withAnswered(measures(), answered)) {
            if (!answered.contains(q.id())) {
                continue;
            }
            List<Map.Entry<LocalDate, Map<String, Double>>> scores = new ArrayList<>();
            for (CheckInRepository.Row r : responses.complete(person, q.id())) {
                scores.add(Map.entry(r.week(), scores(person, r)));
            }
            if (scores.isEmpty()) {
                continue;
            }
            List<Trajectory.Series> series = new ArrayList<>();
            for (Subscale s : q.subscales()) {
                List<Trajectory.Point> points = CheckIns.points(s, scores, LocalDate.MIN);
                series.add(new Trajectory.Series(s, points, List.of()));
            }
            out.add(new Trajectory(q, series, null, false, false, List.of()));
        }
        return out;
    }

    /** Every finished answer of the person's to any questionnaire, the weekly check-in's too, oldest first: their own download. */
    public List<Response> responses(PersonId person) {
        List<Response> out = new ArrayList<>();
        for (Questionnaire q : withAnswered(questionnaires.all(), responses.lastComplete(person).keySet())) {
            for (CheckInRepository.Row r : responses.complete(person, q.id())) {
                out.add(new Response(r.id(), q, r.definition(), r.week(), r.updatedAt(), answers(person, r), scores(person, r)));
            }
        }
        out.sort(java.util.Comparator.comparing(Response::on).thenComparing(Response::answeredAt));
        return out;
    }

    /**
     * The kind under which this measure is shown to a counselor, or empty for the weekly check-in,
     * an unknown id, or an id too long to be recorded as a kind.
     */
    public Optional<String> shownKind(String id) {
        if (id == null || Questionnaires.WEEKLY.equals(id) || find(id).isEmpty()
                || SHOWN_KIND_PREFIX.length() + id.length() > MAX_KIND) {
            return Optional.empty();
        }
        return Optional.of(SHOWN_KIND_PREFIX + id);
    }

    /** The questionnaire id of a kind made by {@link #shownKind}, or empty when the kind is not a measure's. */
    public Optional<String> measureOfKind(String kind) {
        if (kind == null || !kind.startsWith(SHOWN_KIND_PREFIX)) {
            return Optional.empty();
        }
        String id = kind.substring(SHOWN_KIND_PREFIX.length());
        return shownKind(id).map(k -> id);
    }

    /**
     * The owner's scores on one measure as a counselor they show it to sees them: every finished
     * answer's subscale scores with their bands and reliable-change labels (the counselor's page draws
     * them with the cut-offs). Never an item's answer (the crisis item's neither), never the partner's. Empty when
     * the policy does not open that measure of theirs to this viewer right now.
     */
    public Optional<Trajectory> shownToCounselor(PersonId viewer, PersonId owner, String id) {
        Optional<String> kind = shownKind(id);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        EntryRef ref = new EntryRef(kind.get(), owner.value(), owner, Visibility.COUNSELOR, null);
        if (viewer.equals(owner) || policy.accessOf(viewer, ref).orElse(null) != Access.COUNSELOR) {
            return Optional.empty();
        }
        Questionnaire q = find(id).orElseThrow();
        List<Map.Entry<LocalDate, Map<String, Double>>> scores = new ArrayList<>();
        for (CheckInRepository.Row r : responses.complete(owner, q.id())) {
            scores.add(Map.entry(r.week(), scores(owner, r)));
        }
        List<Trajectory.Series> series = new ArrayList<>();
        for (Subscale s : q.subscales()) {
            List<Trajectory.Point> points = CheckIns.points(s, scores, LocalDate.MIN);
            series.add(new Trajectory.Series(s, points, List.of()));
        }
        return Optional.of(new Trajectory(q, series, null, false, false, List.of()));
    }

    /** Chooses how often to answer a measure, counted from today. */
    @Transactional
    public void schedule(PersonId person, String id, Cadence cadence) {
        Questionnaire q = measure(person, id);
        if (cadence == null) {
            throw InvalidInputException.of("cadence", "measure.cadence.invalid");
        }
        schedules.put(person, q.id(), cadence, accounts.today(person), clock.millis());
        log.info("event=measure_scheduled questionnaire={} cadence={}", q.id(), cadence.code());
    }

    /** Stops the schedule of a measure; its answers stay. */
    @Transactional
    public void unschedule(PersonId person, String id) {
        // A schedule of a questionnaire no longer offered can still be stopped.
        String q = schedules.find(person, id).map(MeasureScheduleRepository.Row::questionnaire).orElseGet(() -> measure(person, id).id());
        if (schedules.remove(person, q)) {
            log.info("event=measure_unscheduled questionnaire={}", q);
        }
    }

    // --- Inside ---------------------------------------------------------------------------------

    /** These questionnaires, then every counselor's questionnaire among the answered ids that is not one of them. */
    private List<Questionnaire> withAnswered(List<Questionnaire> first, java.util.Set<String> answered) {
        List<Questionnaire> out = new ArrayList<>(first);
        for (String id : answered.stream().sorted().toList()) {
            if (AddedQuestionnaires.looksAdded(id) && out.stream().noneMatch(q -> q.id().equals(id))) {
                added.find(id).ifPresent(out::add);
            }
        }
        return out;
    }

    static boolean due(MeasureScheduleRepository.Row schedule, LocalDate last, LocalDate today) {
        if (last == null || last.isBefore(schedule.startsOn())) {
            return true;
        }
        LocalDate next = schedule.cadence().nextAfter(last);
        return next != null && !today.isBefore(next);
    }

    private Map<String, Double> scores(PersonId person, CheckInRepository.Row r) {
        Map<String, Double> out = new LinkedHashMap<>();
        CheckIns.decode(cipher.open(person, CheckIns.SCORES_KIND, r.id(), r.scores())).forEach((k, v) -> out.put(k, Double.parseDouble(v)));
        return out;
    }

    private Map<String, Integer> answers(PersonId person, CheckInRepository.Row r) {
        Map<String, Integer> out = new LinkedHashMap<>();
        CheckIns.decode(cipher.open(person, CheckIns.ANSWERS_KIND, r.id(), r.answers())).forEach((k, v) -> out.put(k, Integer.parseInt(v)));
        return out;
    }
}
