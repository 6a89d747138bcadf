package app.kintsugi.program;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import app.kintsugi.couple.Role;

/**
 * Reads and checks the program's content files. Every problem is collected and reported with the
 * file and key it concerns, so a broken translation stops the start with a message that says where
 * to look instead of a half-empty page later.
 */
final class ProgramContentLoader {

    static final List<String> LANGUAGES = List.of("en", "es");
    private static final Set<String> STEP_KEYS = Set.of("title", "summary", "what", "why", "roles", "exercises", "signs");
    private static final Set<String> EXPECTATION_KEYS = Set.of("title", "lead", "sections");

    private final String base;
    private final ClassLoader classLoader;
    private final List<String> problems = new ArrayList<>();

    ProgramContentLoader(String base, ClassLoader classLoader) {
        this.base = base;
        this.classLoader = classLoader;
    }

    record Loaded(Map<String, Map<String, StepContent>> steps, Map<String, ExpectationsContent> expectations) {
    }

    /** Loads everything or throws {@link InvalidProgramContentException} listing every problem found. */
    Loaded load(List<Step> steps, Collection<Exercise> exercises) {
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
        Map<String, Object> yaml = read(file);
        if (yaml == null) {
            return null;
        }
        unknownKeys(file, "", yaml, STEP_KEYS);
        Map<Role, String> roles = new EnumMap<>(Role.class);
        Map<String, Object> rolesYaml = map(file, "roles", yaml.get("roles"));
        if (rolesYaml != null) {
            Set<String> allowed = new LinkedHashSet<>();
            for (Role role : Role.values()) {
                allowed.add(role.name());
                roles.put(role, text(file, "roles." + role.name(), rolesYaml.get(role.name())));
            }
            unknownKeys(file, "roles.", rolesYaml, allowed);
        }
        Map<String, StepContent.ExerciseText> texts = new LinkedHashMap<>();
        Map<String, Object> exercisesYaml = map(file, "exercises", yaml.get("exercises"));
        if (exercisesYaml != null) {
            Set<String> ids = new LinkedHashSet<>();
            registered.stream().sorted(java.util.Comparator.comparingInt(Exercise::order)).forEach(e -> ids.add(e.id()));
            for (String id : exercisesYaml.keySet()) {
                if (!ids.contains(id)) {
                    problems.add(file + ": 'exercises." + id + "' is not an exercise of this step that any module provides");
                }
            }
            for (String id : ids) {
                Map<String, Object> exercise = map(file, "exercises." + id, exercisesYaml.get(id));
                if (exercise != null) {
                    unknownKeys(file, "exercises." + id + ".", exercise, Set.of("title", "description"));
                    texts.put(id, new StepContent.ExerciseText(text(file, "exercises." + id + ".title", exercise.get("title")),
                            text(file, "exercises." + id + ".description", exercise.get("description"))));
                }
            }
        }
        List<String> signs = list(file, "signs", yaml.get("signs"));
        return new StepContent(text(file, "title", yaml.get("title")), text(file, "summary", yaml.get("summary")),
                text(file, "what", yaml.get("what")), text(file, "why", yaml.get("why")), roles, texts, signs);
    }

    private ExpectationsContent expectations(String file) {
        Map<String, Object> yaml = read(file);
        if (yaml == null) {
            return null;
        }
        unknownKeys(file, "", yaml, EXPECTATION_KEYS);
        List<ExpectationsContent.Section> sections = new ArrayList<>();
        Object raw = yaml.get("sections");
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            problems.add(file + ": 'sections' must be a list with at least one entry");
        } else {
            for (int i = 0; i < list.size(); i++) {
                Map<String, Object> section = map(file, "sections[" + i + "]", list.get(i));
                if (section != null) {
                    sections.add(new ExpectationsContent.Section(text(file, "sections[" + i + "].heading", section.get("heading")),
                            text(file, "sections[" + i + "].text", section.get("text"))));
                }
            }
        }
        return new ExpectationsContent(text(file, "title", yaml.get("title")), text(file, "lead", yaml.get("lead")), sections);
    }

    private void compareLanguages(List<Step> steps, Map<String, Map<String, StepContent>> byLanguage,
            Map<String, ExpectationsContent> expectations) {
        String reference = LANGUAGES.getFirst();
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            for (Step step : steps) {
                StepContent ref = byLanguage.get(reference).get(step.key());
                StepContent other = byLanguage.get(language).get(step.key());
                if (ref != null && other != null && ref.signs().size() != other.signs().size()) {
                    problems.add(base + "/steps/" + step.key() + "_" + language + ".yaml: 'signs' has " + other.signs().size()
                            + " entries, the " + reference + " file " + ref.signs().size());
                }
            }
            ExpectationsContent ref = expectations.get(reference);
            ExpectationsContent other = expectations.get(language);
            if (ref != null && other != null && ref.sections().size() != other.sections().size()) {
                problems.add(base + "/expectations_" + language + ".yaml: 'sections' has " + other.sections().size()
                        + " entries, the " + reference + " file " + ref.sections().size());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String file) {
        try (InputStream in = classLoader.getResourceAsStream(file)) {
            if (in == null) {
                problems.add(file + ": file is missing");
                return null;
            }
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(parsed instanceof Map<?, ?>)) {
                problems.add(file + ": must hold a mapping of keys to texts");
                return null;
            }
            return (Map<String, Object>) parsed;
        } catch (YAMLException e) {
            problems.add(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
            return null;
        }
    }

    private String text(String file, String key, Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            problems.add(file + ": missing or empty '" + key + "'");
            return "";
        }
        return s.strip();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String file, String key, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            problems.add(file + ": missing '" + key + "' (a mapping)");
            return null;
        }
        return (Map<String, Object>) m;
    }

    private List<String> list(String file, String key, Object value) {
        List<String> result = new ArrayList<>();
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            problems.add(file + ": '" + key + "' must be a list with at least one entry");
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            result.add(text(file, key + "[" + i + "]", list.get(i)));
        }
        return result;
    }

    private void unknownKeys(String file, String prefix, Map<String, Object> yaml, Set<String> allowed) {
        for (String key : yaml.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(file + ": unknown key '" + prefix + key + "'");
            }
        }
    }
}
