package app.kintsugi.safety.internal;

import java.util.Map;

import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyQuestion;
import app.kintsugi.shared.Validation;

/** Pure rules of the safety check: every question answered; which answers are concerning. */
public final class SafetyRules {

    private SafetyRules() {
    }

    public static void checkComplete(Map<SafetyQuestion, SafetyAnswer> answers) {
        Validation v = new Validation();
        for (SafetyQuestion q : SafetyQuestion.values()) {
            if (answers.get(q) == null) {
                v.reject("answers[" + q.name() + "]", "safety.answer.required");
            }
        }
        v.throwIfInvalid();
    }

    public static boolean concerning(Map<SafetyQuestion, SafetyAnswer> answers) {
        return answers.entrySet().stream().anyMatch(e -> e.getValue() != null && e.getKey().concerning(e.getValue()));
    }
}
