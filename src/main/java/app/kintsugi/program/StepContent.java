package app.kintsugi.program;

import java.util.List;
import java.util.Map;

import app.kintsugi.couple.Role;

/** A step's text in one language, as written in its content file. */
public record StepContent(String title, String summary, String what, String why, Map<Role, String> roles,
        Map<String, ExerciseText> exercises, List<String> signs) {

    public record ExerciseText(String title, String description) {
    }
}
