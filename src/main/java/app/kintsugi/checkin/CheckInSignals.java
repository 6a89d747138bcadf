package app.kintsugi.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.safety.SafetyChecks;

/**
 * Signs that professional help is advised, for the person they concern and nobody else: overall
 * distress at or above the threshold on several check-ins in a row, trust reliably lower than at
 * the first check-in, a concerning safety check, or saying they felt overwhelmed. Read by the
 * seeking-help step; never shown to the partner, never logged with their values.
 */
@Service
@RequiredArgsConstructor
public class CheckInSignals {

    /** The subscales the signals read; their thresholds come from the weekly check-in's definition. */
    static final String DISTRESS = "distress";
    static final String TRUST = "trust";
    static final String OVERWHELMED = "overwhelmed";

    private final CheckIns checkIns;
    private final Questionnaires questionnaires;
    private final SafetyChecks safety;

    public List<Signal> of(PersonId person) {
        Questionnaire q = questionnaires.weekly();
        List<Map<String, Double>> scores = checkIns.scores(person, q).stream().map(Map.Entry::getValue).toList();
        List<Signal> signals = new ArrayList<>(fromScores(q, questionnaires.signals(), scores));
        if (safety.status(person).concerning()) {
            signals.add(Signal.SAFETY);
        }
        return signals;
    }

    /** The signals the scores alone give, oldest check-in first. */
    static List<Signal> fromScores(Questionnaire q, Signals thresholds, List<Map<String, Double>> scores) {
        List<Signal> signals = new ArrayList<>();
        if (scores.isEmpty()) {
            return signals;
        }
        double distressAtLeast = thresholds.distressAtLeast();
        int distressWeeks = thresholds.distressWeeks();
        if (scores.size() >= distressWeeks && scores.subList(scores.size() - distressWeeks, scores.size()).stream()
                .allMatch(s -> s.getOrDefault(DISTRESS, 0.0) >= distressAtLeast)) {
            signals.add(Signal.DISTRESS);
        }
        Subscale trust = q.subscale(TRUST).orElse(null);
        Double first = scores.get(0).get(TRUST);
        Double last = scores.get(scores.size() - 1).get(TRUST);
        if (trust != null && first != null && last != null && scores.size() > 1
                && ReliableChange.between(trust, first, last) == Change.WORSENED) {
            signals.add(Signal.TRUST_WORSE);
        }
        Double overwhelmed = scores.get(scores.size() - 1).get(OVERWHELMED);
        if (overwhelmed != null && overwhelmed >= thresholds.overwhelmedAtLeast()) {
            signals.add(Signal.OVERWHELMED);
        }
        return signals;
    }
}
