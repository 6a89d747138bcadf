package app.kintsugi.program;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import app.kintsugi.program.internal.ProgramContentLoader;

/**
 * The program: its parts in the suggested order (never enforced), the exercises modules register
 * for them, and their text in every language, loaded and checked once at start-up.
 */
@Service
public class Program {

    private static final List<Step> STEPS = List.of(
            new Step("0", "understanding", false),
            new Step("1", "responsibility", false),
            new Step("2", "communication", false),
            new Step("3", "trust", false),
            new Step("4", "transparency", false),
            new Step("5", "help", false),
            new Step("6", "movingon", false),
            new Step("∞", "boundaries", true),
            new Step("∞", "respect", true),
            new Step("∞", "moments", true));

    private final List<Exercise> exercises;
    private final ProgramContentLoader.Loaded content;

    Program(List<Exercise> registered) {
        Set<String> ids = new HashSet<>();
        for (Exercise e : registered) {
            if (!ids.add(e.id())) {
                throw new IllegalStateException("Two modules register the exercise id '" + e.id() + "'");
            }
        }
        this.exercises = registered.stream()
                .sorted(Comparator.comparingInt((Exercise e) -> stepIndex(e.step())).thenComparingInt(Exercise::order))
                .toList();
        this.content = new ProgramContentLoader("program", Program.class.getClassLoader()).load(STEPS, exercises);
    }

    public List<Step> steps() {
        return STEPS;
    }

    public Optional<Step> step(String key) {
        return STEPS.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Every exercise in program order: by step, then by its place in the step. */
    public List<Exercise> exercises() {
        return exercises;
    }

    public List<Exercise> exercises(String stepKey) {
        return exercises.stream().filter(e -> e.step().equals(stepKey)).toList();
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public StepContent content(String stepKey, Locale locale) {
        return content.steps().get(language(locale)).get(stepKey);
    }

    public ExpectationsContent expectations(Locale locale) {
        return content.expectations().get(language(locale));
    }

    private static String language(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return ProgramContentLoader.LANGUAGES.contains(language) ? language : "en";
    }

    private static int stepIndex(String key) {
        for (int i = 0; i < STEPS.size(); i++) {
            if (STEPS.get(i).key().equals(key)) {
                return i;
            }
        }
        return STEPS.size();
    }
}
