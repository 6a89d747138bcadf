package app.kintsugi.safety;

import java.util.Map;

import app.kintsugi.shared.Validation;

/** Pure rules of the safety check: every question answered; which answers are concerning. */
final class SafetyRules {

    private SafetyRules() {
    }

    static void checkComplete(Map<SafetyQuestion, SafetyAnswer> answers) {
        Validation v = new Validation();
        for (SafetyQuestion q : SafetyQuestion.values()) {
            if (answers.get(q) == null) {
                v.reject("answers[" + q.name() + "]", "safety.answer.required");
            }
        }
        v.throwIfInvalid();
    }

    static boolean concerning(Map<SafetyQuestion, SafetyAnswer> answers) {
        return answers.entrySet().stream().anyMatch(e -> e.getValue() != null && e.getKey().concerning(e.getValue()));
    }
}
