package app.kintsugi.safety;

import java.util.EnumMap;
import java.util.Map;

/** Safety-check answers for test couples: every question answered the same way. */
public final class SafetyAnswers {

    private SafetyAnswers() {
    }

    /** Every question answered "never": a check that raises no concern. */
    public static Map<SafetyQuestion, SafetyAnswer> allClear() {
        return all(SafetyAnswer.NEVER);
    }

    public static Map<SafetyQuestion, SafetyAnswer> all(SafetyAnswer answer) {
        Map<SafetyQuestion, SafetyAnswer> answers = new EnumMap<>(SafetyQuestion.class);
        for (SafetyQuestion q : SafetyQuestion.values()) {
            answers.put(q, answer);
        }
        return answers;
    }
}
