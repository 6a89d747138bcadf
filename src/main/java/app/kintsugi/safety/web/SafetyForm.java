package app.kintsugi.safety.web;

import java.util.LinkedHashMap;
import java.util.Map;

public class SafetyForm {

    private Map<String, String> answers = new LinkedHashMap<>();

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }
}
