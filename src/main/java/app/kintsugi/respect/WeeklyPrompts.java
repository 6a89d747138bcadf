package app.kintsugi.respect;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.nodes.Node;

import app.kintsugi.shared.StrictYaml;
import app.kintsugi.shared.StrictYaml.Mapping;

/**
 * The gentle prompts that head the appreciation form, one per week, from
 * {@code program/respect/prompts_<lang>.yaml}. Read at start-up: a missing file, a prompt without
 * text, fewer than {@value #MIN} or more than {@value #MAX} prompts, or languages that list
 * different prompts stop the start with a message naming the file. A prompt is an invitation shown
 * where a person already is, never a reminder sent to them.
 */
@Component
public class WeeklyPrompts {

    static final List<String> LANGUAGES = List.of("en", "es");
    static final int MIN = 8;
    static final int MAX = 12;
    static final int MAX_LENGTH = 200;
    private static final String RESOURCE = "program/respect/prompts_%s.yaml";
    private static final Set<String> PROMPT_KEYS = new LinkedHashSet<>(List.of("id", "text"));
    /** 5 January 1970, the first Monday after the epoch: weeks are counted from it. */
    private static final long FIRST_MONDAY = LocalDate.of(1970, 1, 5).toEpochDay();

    public record Prompt(String id, String text) {
    }

    private final Map<String, List<Prompt>> byLanguage;

    WeeklyPrompts() {
        this(RESOURCE);
    }

    WeeklyPrompts(String pattern) {
        Map<String, List<Prompt>> loaded = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            loaded.put(language, read(pattern.formatted(language)));
        }
        List<String> reference = loaded.get("en").stream().map(Prompt::id).toList();
        loaded.forEach((language, prompts) -> {
            List<String> ids = prompts.stream().map(Prompt::id).toList();
            if (!ids.equals(reference)) {
                throw new IllegalStateException(pattern.formatted(language) + ": lists the prompts " + ids + " but "
                        + pattern.formatted("en") + " lists " + reference + "; every language needs the same prompts in the same order");
            }
        });
        this.byLanguage = Map.copyOf(loaded);
    }

    /** Every prompt, in order, in the given language (English when there is no such language). */
    public List<Prompt> all(Locale locale) {
        String language = locale != null && byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : "en";
        return byLanguage.get(language);
    }

    /**
     * The prompt of the ISO week (Monday to Sunday) that {@code day} falls in. Weeks are counted
     * without a break across years, so the prompts take turns evenly and each week has one.
     */
    public Prompt of(LocalDate day, Locale locale) {
        List<Prompt> prompts = all(locale);
        return prompts.get(Math.floorMod(week(day), prompts.size()));
    }

    static long week(LocalDate day) {
        return Math.floorDiv(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay() - FIRST_MONDAY, 7);
    }

    private static List<Prompt> read(String file) {
        StrictYaml yaml = StrictYaml.fromClasspath(WeeklyPrompts.class.getClassLoader(), file);
        Mapping top = yaml.top("the file", Set.of("prompts"));
        List<Node> list = top == null ? null : top.required("prompts", f -> yaml.list(f.value(), "'prompts'", true));
        List<Prompt> prompts = new ArrayList<>();
        if (list != null && (list.size() < MIN || list.size() > MAX)) {
            yaml.problem(top.get("prompts").key(), "'prompts' has " + list.size() + " prompts; it needs between " + MIN + " and " + MAX);
        } else if (list != null) {
            Map<String, Node> ids = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String where = "'prompts[" + i + "]'";
                Mapping prompt = yaml.mapping(list.get(i), list.get(i), where, where, PROMPT_KEYS);
                String id = prompt == null ? null : prompt.requiredText("id");
                String text = prompt == null ? null : prompt.requiredText("text");
                if (id != null && ids.putIfAbsent(id, prompt.get("id").value()) != null) {
                    yaml.problem(prompt.get("id").value(), where + " repeats the id '" + id + "' (first on line "
                            + StrictYaml.line(ids.get(id)) + ")");
                } else if (text != null && text.length() > MAX_LENGTH) {
                    yaml.problem(prompt.get("text").value(), where + ": 'text' is longer than " + MAX_LENGTH
                            + " characters; a prompt is one short line");
                } else if (id != null && text != null) {
                    prompts.add(new Prompt(id, text));
                }
            }
        }
        yaml.throwIfBroken(null);
        return List.copyOf(prompts);
    }
}
