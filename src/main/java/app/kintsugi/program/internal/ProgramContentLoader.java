package app.kintsugi.program.internal;

import static app.kintsugi.shared.StrictYaml.keys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.yaml.snakeyaml.nodes.Node;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;
import app.kintsugi.program.ExpectationsContent;
import app.kintsugi.program.InvalidProgramContentException;
import app.kintsugi.program.Step;
import app.kintsugi.program.StepContent;
import app.kintsugi.shared.StrictYaml;
import app.kintsugi.shared.StrictYaml.Field;
import app.kintsugi.shared.StrictYaml.Mapping;

/**
 * Reads and checks the program's content files through {@link StrictYaml}. Every problem is
 * collected and reported with the file, line and key it concerns, so a broken translation stops the
 * start with a message that says where to look instead of a half-empty page later.
 */
@RequiredArgsConstructor
public final class ProgramContentLoader {

    public static final List<String> LANGUAGES = List.of("en", "es");
    private static final Set<String> STEP_KEYS = keys("title", "summary", "what", "why", "roles", "exercises", "signs");
    private static final Set<String> EXPECTATION_KEYS = keys("title", "lead", "sections");
    private static final Set<String> SECTION_KEYS = keys("heading", "text");
    private static final Set<String> EXERCISE_KEYS = keys("title", "description");
    private static final Set<String> ROLE_KEYS = Stream.of(Role.values()).map(Role::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    private final String base;
    private final ClassLoader classLoader;
    private final List<String> problems = new ArrayList<>();
    /** Where each file's list that the languages compare ('signs', 'sections') starts: its key's line. */
    private final Map<String, Integer> listLines = new HashMap<>();

    public record Loaded(Map<String, Map<String, StepContent>> steps, Map<String, ExpectationsContent> expectations) {
    }

    /** Loads everything or throws {@link InvalidProgramContentException} listing every problem found. */
    public Loaded load(List<Step> steps, Collection<Exercise> exercises) {
        Map<String, Map<String, StepContent>> byLanguage = new LinkedHashMap<>();
        Map<String, ExpectationsContent> expectations = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Map<String, StepContent> contents = new LinkedHashMap<>();
            for (Step step : steps) {
                List<Exercise> own = exercises.stream().filter(e -> e.step().equals(step.key())).toList();
                StepContent content = step(base + "/steps/" + step.key() + "_" + language + ".yaml", own);
                if (content != null) {
                    contents.put(step.key(), content);
                }
            }
            byLanguage.put(language, contents);
            ExpectationsContent e = expectations(base + "/expectations_" + language + ".yaml");
            if (e != null) {
                expectations.put(language, e);
            }
        }
        compareLanguages(steps, byLanguage, expectations);
        Set<String> stepKeys = new TreeSet<>();
        steps.forEach(s -> stepKeys.add(s.key()));
        for (Exercise exercise : exercises) {
            if (!stepKeys.contains(exercise.step())) {
                problems.add("exercise '" + exercise.id() + "' belongs to unknown step '" + exercise.step() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProgramContentException(problems);
        }
        return new Loaded(byLanguage, expectations);
    }

    private StepContent step(String file, List<Exercise> registered) {
        StrictYaml yaml = StrictYaml.fromClasspath(classLoader, file);
        Mapping top = yaml.top("the file", STEP_KEYS);
        if (top == null) {
            problems.addAll(yaml.problems());
            return null;
        }
        Map<Role, String> roles = new EnumMap<>(Role.class);
        Mapping rolesYaml = top.required("roles", f -> yaml.mapping(f, ROLE_KEYS));
        if (rolesYaml != null) {
            for (Role role : Role.values()) {
                roles.put(role, orEmpty(rolesYaml.requiredText(role.name())));
            }
        }
        Map<String, StepContent.ExerciseText> texts = new LinkedHashMap<>();
        Mapping exercisesYaml = top.required("exercises", f -> yaml.mapping(f, null));
        if (exercisesYaml != null) {
            Set<String> ids = new LinkedHashSet<>();
            registered.stream().sorted(Comparator.comparingInt(Exercise::order)).forEach(e -> ids.add(e.id()));
            for (Field field : exercisesYaml.fields()) {
                if (!ids.contains(field.name())) {
                    yaml.problem(field.key(), "'exercises." + field.name() + "' is not an exercise of this step that any module provides");
                }
            }
            for (String id : ids) {
                String where = "'exercises." + id + "'";
                Mapping exercise = exercisesYaml.required(id, f -> yaml.mapping(f.value(), f.key(), where, where, EXERCISE_KEYS));
                if (exercise != null) {
                    texts.put(id, new StepContent.ExerciseText(orEmpty(exercise.requiredText("title")),
                            orEmpty(exercise.requiredText("description"))));
                }
            }
        }
        List<String> signs = texts(yaml, top, "signs");
        remember(yaml, top, "signs");
        StepContent content = new StepContent(orEmpty(top.requiredText("title")), orEmpty(top.requiredText("summary")),
                orEmpty(top.requiredText("what")), orEmpty(top.requiredText("why")), roles, texts, signs);
        problems.addAll(yaml.problems());
        return content;
    }

    private ExpectationsContent expectations(String file) {
        StrictYaml yaml = StrictYaml.fromClasspath(classLoader, file);
        Mapping top = yaml.top("the file", EXPECTATION_KEYS);
        if (top == null) {
            problems.addAll(yaml.problems());
            return null;
        }
        List<ExpectationsContent.Section> sections = new ArrayList<>();
        List<Node> list = top.required("sections", f -> yaml.list(f.value(), "'sections'", true));
        remember(yaml, top, "sections");
        for (int i = 0; list != null && i < list.size(); i++) {
            String where = "'sections[" + i + "]'";
            Mapping section = yaml.mapping(list.get(i), list.get(i), where, where, SECTION_KEYS);
            if (section != null) {
                sections.add(new ExpectationsContent.Section(orEmpty(section.requiredText("heading")),
                        orEmpty(section.requiredText("text"))));
            }
        }
        ExpectationsContent content = new ExpectationsContent(orEmpty(top.requiredText("title")),
                orEmpty(top.requiredText("lead")), sections);
        problems.addAll(yaml.problems());
        return content;
    }

    /** A list of texts with at least one entry; an entry with a problem is kept as "", so the languages still compare. */
    private static List<String> texts(StrictYaml yaml, Mapping parent, String key) {
        List<Node> list = parent.required(key, f -> yaml.list(f.value(), "'" + key + "'", true));
        List<String> texts = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            texts.add(orEmpty(yaml.text(list.get(i), "'" + key + "[" + i + "]'")));
        }
        return texts;
    }

    private void remember(StrictYaml yaml, Mapping top, String key) {
        Field field = top.get(key);
        if (field != null) {
            listLines.put(yaml.file(), StrictYaml.line(field.key()));
        }
    }

    /** A file and the line of its compared list, at the start of a message. */
    private String listAt(String file) {
        Integer line = listLines.get(file);
        return line == null ? file : file + " line " + line;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private void compareLanguages(List<Step> steps, Map<String, Map<String, StepContent>> byLanguage,
            Map<String, ExpectationsContent> expectations) {
        String reference = LANGUAGES.getFirst();
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            for (Step step : steps) {
                StepContent ref = byLanguage.get(reference).get(step.key());
                StepContent other = byLanguage.get(language).get(step.key());
                if (ref != null && other != null && ref.signs().size() != other.signs().size()) {
                    problems.add(listAt(base + "/steps/" + step.key() + "_" + language + ".yaml") + ": 'signs' has " + other.signs().size()
                            + " entries, the " + reference + " file " + ref.signs().size());
                }
            }
            ExpectationsContent ref = expectations.get(reference);
            ExpectationsContent other = expectations.get(language);
            if (ref != null && other != null && ref.sections().size() != other.sections().size()) {
                problems.add(listAt(base + "/expectations_" + language + ".yaml") + ": 'sections' has " + other.sections().size()
                        + " entries, the " + reference + " file " + ref.sections().size());
            }
        }
    }
}
