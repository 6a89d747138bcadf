package app.kintsugi;

import java.util.LinkedHashMap;
import java.util.Map;

/** Answers to the validated questionnaires, as the check-in form sends them. */
public final class Questionnaire {

    private static final String[] PHQ9 = {"interest", "down", "sleep", "tired", "appetite", "failure", "concentrating", "moving",
            "self-harm"};

    private Questionnaire() {
    }

    /** The PHQ-9's items answered with these values, in the questionnaire's order (fewer values: fewer items). */
    public static Map<String, String> phq9(int... values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(PHQ9[i], String.valueOf(values[i]));
        }
        return out;
    }
}
