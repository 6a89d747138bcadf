package app.kintsugi.checkin;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.kintsugi.MutableClock;
import app.kintsugi.account.TestAccounts.TestPerson;

/** Weekly check-ins for tests, saved through the facade; earlier weeks with the test clock set back. */
@Component
public class TestCheckIns {

    /** The items of the weekly check-in. */
    public static final List<String> ITEMS = List.of("predictable", "dependable", "faith", "checking", "safe",
            "hard-talks", "close", "hope", "overwhelmed", "distress");

    /** A questionnaire the project ships, read from its definition file as the application reads it. */
    public static Questionnaire builtIn(String id) {
        return new Questionnaires("").find(id).orElseThrow();
    }

    private final CheckIns checkIns;
    private final Questionnaires questionnaires;
    private final org.springframework.beans.factory.ObjectProvider<MutableClock> clocks;

    /** The test clock is looked up when used: an application started without it (a restart test) still starts. */
    TestCheckIns(CheckIns checkIns, Questionnaires questionnaires, org.springframework.beans.factory.ObjectProvider<MutableClock> clocks) {
        this.checkIns = checkIns;
        this.questionnaires = questionnaires;
        this.clocks = clocks;
    }

    /**
     * Check-ins for the weeks before this one, oldest first; {@code trust} on the trust items (1 to 5)
     * and {@code distress} (0 to 10) per week, overwhelmed following distress.
     */
    public void earlierWeeks(TestPerson person, int[] trust, int[] distress) {
        MutableClock clock = clocks.getObject();
        clock.advance(Duration.ofDays(-7L * trust.length));
        try {
            for (int w = 0; w < trust.length; w++) {
                int overwhelmed = Math.min(5, Math.max(1, distress[w] / 2));
                checkIns.save(person.id(), strings(answers(trust[w], distress[w], overwhelmed, Math.max(1, trust[w]))), false);
                clock.advance(Duration.ofDays(7));
            }
        } finally {
            clock.reset();
        }
    }

    /** Three weekly check-ins in a row with high distress, the last one feeling overwhelmed. */
    public void threeHeavyWeeks(TestPerson person) {
        MutableClock clock = clocks.getObject();
        clock.advance(Duration.ofDays(-14));
        try {
            for (int week = 0; week < 3; week++) {
                checkIns.save(person.id(), answers(3, 8, week == 2 ? 5 : 2), false);
                clock.advance(Duration.ofDays(7));
            }
        } finally {
            clock.reset();
        }
    }

    /**
     * Every item of the weekly questionnaire as it defines them: distress and overwhelmed as given, every
     * other item at {@code trust} (mirrored on its scale where the item is reversed).
     */
    public Map<String, String> answers(int trust, int distress, int overwhelmed) {
        Questionnaire q = questionnaires.weekly();
        Map<String, String> out = new HashMap<>();
        for (Item item : q.items()) {
            int value;
            if (q.subscale("distress").orElseThrow().items().contains(item.id())) {
                value = distress;
            } else if (q.subscale("overwhelmed").orElseThrow().items().contains(item.id())) {
                value = overwhelmed;
            } else {
                value = item.reverse() ? item.scale().min() + item.scale().max() - trust : trust;
            }
            out.put(item.id(), String.valueOf(value));
        }
        return out;
    }

    /** Every item: trust items so the trust mean is {@code trust}, distress and overwhelmed as given, others {@code other}. */
    public static Map<String, Integer> answers(int trust, int distress, int overwhelmed, int other) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String id : ITEMS) {
            out.put(id, switch (id) {
                case "predictable", "dependable", "faith" -> trust;
                case "checking" -> 6 - trust;
                case "overwhelmed" -> overwhelmed;
                case "distress" -> distress;
                default -> other;
            });
        }
        return out;
    }

    /** Answers as a form sends them. */
    public static Map<String, String> strings(Map<String, Integer> answers) {
        Map<String, String> out = new LinkedHashMap<>();
        answers.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
