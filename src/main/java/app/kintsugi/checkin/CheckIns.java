package app.kintsugi.checkin;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
import app.kintsugi.checkin.internal.CheckInRepository;
import app.kintsugi.checkin.internal.QuestionnaireScoring;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.program.Timeline;
import app.kintsugi.program.TimelineKind;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Validation;

/**
 * The weekly check-in. Each person answers once a week (their own calendar, Monday to Sunday);
 * what they answered and their scores are sealed with their key and are theirs alone, unless they
 * choose to show their scores (never their answers) to their partner. An unfinished check-in keeps
 * what was answered; a second one in the same week replaces the first only once the person
 * confirms it.
 */
@Service
@RequiredArgsConstructor
public class CheckIns {

    static final String ANSWERS_KIND = "check-in-answers";
    /** The kind under which a person's scores are sealed, and shown to a counselor as one entry whose id is theirs. */
    public static final String SCORES_KIND = "check-in-scores";
    /** How many weeks the trajectory shows. */
    public static final int WEEKS = 26;
    private static final Logger log = LoggerFactory.getLogger(CheckIns.class);

    private final CheckInRepository repository;
    private final Questionnaires questionnaires;
    private final ContentCipher cipher;
    private final Couples couples;
    private final Accounts accounts;
    private final Timeline timeline;
    private final Progress progress;
    private final AuditLog audit;
    private final AccessPolicy policy;
    private final Clock clock;

    /** This week's check-in for the person, with what they answered so far. */
    public CheckInForm form(PersonId person) {
        Questionnaire q = questionnaires.weekly();
        LocalDate week = week(person);
        return repository.find(person, q.id(), week)
                .map(r -> new CheckInForm(q, week, decodeAnswers(person, r), r.complete()))
                .orElse(new CheckInForm(q, week, Map.of(), false));
    }

    /**
     * Saves this week's answers ({@code item id → value as sent}). Answers outside an item's scale
     * are refused (field {@code item-<id>}); missing ones keep the check-in unfinished. A finished
     * week is replaced only with {@code replace} set.
     */
    @Transactional
    public SaveOutcome save(PersonId person, Map<String, String> sent, boolean replace) {
        Questionnaire q = questionnaires.weekly();
        Validation v = new Validation();
        Map<String, Integer> answers = QuestionnaireScoring.parse(q, sent, v, null);
        v.throwIfInvalid();
        if (answers.isEmpty()) {
            throw InvalidInputException.of("entry", "weekly.answer.none");
        }
        LocalDate week = week(person);
        List<String> missing = QuestionnaireScoring.missing(q, answers);
        boolean complete = missing.isEmpty();
        Optional<CheckInRepository.Row> existing = repository.find(person, q.id(), week);
        if (existing.isPresent() && existing.get().complete() && !replace) {
            return new SaveOutcome(SaveOutcome.Kind.NEEDS_CONFIRMATION, List.of());
        }
        if (existing.isPresent() && existing.get().complete() && !complete) {
            // A finished week is replaced only by a finished one: the earlier scores stay meanwhile.
            return new SaveOutcome(SaveOutcome.Kind.UNFINISHED, missing);
        }
        UUID id = store(person, q, week, existing, answers, complete, clock.millis());
        if (complete) {
            progress.noteDone(person, CheckInExercises.WEEKLY);
        }
        log.info("event=check_in_saved response={} complete={} replaced={}", id, complete,
                existing.isPresent() && existing.get().complete());
        return new SaveOutcome(complete ? SaveOutcome.Kind.SAVED : SaveOutcome.Kind.UNFINISHED, missing);
    }

    /**
     * Seals the answers (and, when they are complete, their scores) and writes them as the person's
     * response to {@code q} on {@code day}: over {@code existing} when there is one, else as a new row.
     *
     * @return the response's id
     * @throws StaleEditException when the row changed, or was written, meanwhile
     */
    UUID store(PersonId person, Questionnaire q, LocalDate day, Optional<CheckInRepository.Row> existing, Map<String, Integer> answers,
            boolean complete, long now) {
        UUID id = existing.map(CheckInRepository.Row::id).orElse(UUID.randomUUID());
        byte[] sealedAnswers = cipher.seal(person, ANSWERS_KIND, id, encode(answers));
        byte[] sealedScores = complete ? cipher.seal(person, SCORES_KIND, id, encodeScores(QuestionnaireScoring.score(q, answers)))
                : null;
        if (existing.isPresent()) {
            if (!repository.update(id, existing.get().version(), q.version(), sealedAnswers, sealedScores, complete, now)) {
                throw new StaleEditException();
            }
        } else if (!repository.insert(new CheckInRepository.Row(id, person, q.id(), q.version(), day, sealedAnswers, sealedScores,
                complete, now, now, 0))) {
            throw new StaleEditException();
        }
        return id;
    }

    /** Whether this week's check-in is still to do. */
    public boolean dueThisWeek(PersonId person) {
        Questionnaire q = questionnaires.weekly();
        return repository.find(person, q.id(), week(person)).map(r -> !r.complete()).orElse(true);
    }

    /**
     * Whether to show this week's check-in on the person's Today: once they have finished a first
     * one, or done anything else in the program, so nobody meets a questionnaire as the very first
     * thing the program asks.
     */
    public boolean remindThisWeek(PersonId person) {
        return dueThisWeek(person)
                && (progress.lastActivity(person).isPresent() || repository.hasComplete(person, questionnaires.weekly().id()));
    }

    /** Shows (or stops showing) the person's scores to their partner. Answers are never shown. */
    @Transactional
    public void setSharing(PersonId person, boolean withPartner) {
        boolean before = repository.sharesWithPartner(person);
        if (before == withPartner) {
            return;
        }
        repository.setSharing(person, withPartner, clock.millis());
        audit.visibilityChanged(person, "check-in-scores", new UUID(0, 0), before ? Visibility.PARTNER : Visibility.PRIVATE,
                withPartner ? Visibility.PARTNER : Visibility.PRIVATE);
    }

    /** The viewer's trajectory over the last {@value #WEEKS} weeks, with the partner's shared scores. */
    public Trajectory trajectory(PersonId viewer, Locale locale) {
        Questionnaire q = questionnaires.weekly();
        List<Map.Entry<LocalDate, Map<String, Double>>> mine = scores(viewer, q);
        Optional<CoupleSpace> space = couples.completeSpace(viewer);
        String partnerName = space.flatMap(CoupleSpace::partner).map(m -> m.displayName()).orElse(null);
        boolean partnerShares = space.flatMap(CoupleSpace::partnerId).map(repository::sharesWithPartner).orElse(false);
        List<Map.Entry<LocalDate, Map<String, Double>>> theirs = partnerShares ? scores(space.get().partnerId().get(), q) : List.of();
        LocalDate from = week(viewer).minusWeeks(WEEKS - 1L);
        List<Trajectory.Marker> markers = timeline.entries(viewer).stream()
                .filter(e -> !e.on().isBefore(from))
                .map(e -> new Trajectory.Marker(e.on(), e.kind() == TimelineKind.SETBACK, e.title()))
                .toList();
        List<Trajectory.Series> series = new ArrayList<>();
        for (Subscale s : q.subscales()) {
            List<Trajectory.Point> my = points(s, mine, from);
            List<Trajectory.Point> their = points(s, theirs, from);
            series.add(new Trajectory.Series(s, my, their));
        }
        return new Trajectory(q, series, partnerName, partnerShares, repository.sharesWithPartner(viewer), markers);
    }

    /**
     * The person's own scores over the last {@code weeks} weeks, one series per subscale, with
     * reliable-change labels counted over all their history. Never the partner's scores (shared or
     * not) and no timeline markers: only what is the person's own to take elsewhere.
     */
    public List<Trajectory.Series> ownTrend(PersonId person, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1, not " + weeks);
        }
        return ownSeries(person, questionnaires.weekly(), weeks);
    }

    /**
     * The owner's scores over the last {@value #WEEKS} weeks as a counselor they chose to show them to
     * sees them: scores only, never answers, never the partner's, no shared timeline. Empty when the
     * policy does not open them to this viewer.
     */
    public Optional<Trajectory> shownToCounselor(PersonId viewer, PersonId owner) {
        EntryRef ref = new EntryRef(SCORES_KIND, owner.value(), owner, Visibility.COUNSELOR, null);
        if (policy.accessOf(viewer, ref).orElse(null) != Access.COUNSELOR) {
            return Optional.empty();
        }
        Questionnaire q = questionnaires.weekly();
        return Optional.of(new Trajectory(q, ownSeries(owner, q, WEEKS), null, false, false, List.of()));
    }

    /** The owner's scores over the last {@code weeks} weeks, one series per subscale: nobody else's, no markers. */
    private List<Trajectory.Series> ownSeries(PersonId owner, Questionnaire q, int weeks) {
        List<Map.Entry<LocalDate, Map<String, Double>>> scores = scores(owner, q);
        LocalDate from = week(owner).minusWeeks(weeks - 1L);
        List<Trajectory.Series> series = new ArrayList<>();
        for (Subscale s : q.subscales()) {
            List<Trajectory.Point> points = points(s, scores, from);
            series.add(new Trajectory.Series(s, points, List.of()));
        }
        return series;
    }

    /** The person's finished check-ins with their scores, oldest first. Theirs alone. */
    List<Map.Entry<LocalDate, Map<String, Double>>> scores(PersonId person, Questionnaire q) {
        List<Map.Entry<LocalDate, Map<String, Double>>> out = new ArrayList<>();
        for (var r : repository.complete(person, q.id())) {
            out.add(Map.entry(r.week(), decodeScores(person, r)));
        }
        return out;
    }

    // --- Inside ---------------------------------------------------------------------------------

    /** Points of one subscale since {@code from}, with moving average and reliable-change labels counted over all history. */
    static List<Trajectory.Point> points(Subscale s, List<Map.Entry<LocalDate, Map<String, Double>>> scores, LocalDate from) {
        List<Trajectory.Point> all = new ArrayList<>();
        Double first = null;
        Double previous = null;
        List<Double> window = new ArrayList<>();
        for (var e : scores) {
            Double score = e.getValue().get(s.name());
            if (score == null) {
                continue;
            }
            window.add(score);
            if (window.size() > 3) {
                window.remove(0);
            }
            double average = window.stream().mapToDouble(Double::doubleValue).average().orElse(score);
            all.add(new Trajectory.Point(e.getKey(), score, average,
                    previous == null ? null : ReliableChange.between(s, previous, score),
                    first == null ? null : ReliableChange.between(s, first, score)));
            first = first == null ? score : first;
            previous = score;
        }
        return all.stream().filter(p -> !p.week().isBefore(from)).toList();
    }

    /** The Monday of the person's current week, on their calendar. */
    LocalDate week(PersonId person) {
        return accounts.today(person).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Map<String, Integer> decodeAnswers(PersonId person, CheckInRepository.Row r) {
        Map<String, Integer> out = new LinkedHashMap<>();
        decode(cipher.open(person, ANSWERS_KIND, r.id(), r.answers())).forEach((k, v) -> out.put(k, Integer.parseInt(v)));
        return out;
    }

    private Map<String, Double> decodeScores(PersonId person, CheckInRepository.Row r) {
        Map<String, Double> out = new LinkedHashMap<>();
        decode(cipher.open(person, SCORES_KIND, r.id(), r.scores())).forEach((k, v) -> out.put(k, Double.parseDouble(v)));
        return out;
    }

    static String encode(Map<String, Integer> answers) {
        StringBuilder b = new StringBuilder();
        answers.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    static String encodeScores(Map<String, Double> scores) {
        StringBuilder b = new StringBuilder();
        scores.forEach((k, v) -> b.append(k).append('=').append(Double.toString(v)).append('\n'));
        return b.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }
}
