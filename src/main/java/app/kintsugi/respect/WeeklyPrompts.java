package app.kintsugi.respect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

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
        try (InputStream in = WeeklyPrompts.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + ": not found on the classpath");
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!(root instanceof Map<?, ?> map) || !(map.get("prompts") instanceof List<?> list)) {
                throw new IllegalStateException(file + ": expected 'prompts' with a list of prompts");
            }
            if (list.size() < MIN || list.size() > MAX) {
                throw new IllegalStateException(file + ": has " + list.size() + " prompts; it needs between " + MIN + " and " + MAX);
            }
            List<Prompt> prompts = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> prompt) || !(prompt.get("id") instanceof String id) || id.isBlank()
                        || !(prompt.get("text") instanceof String text) || text.isBlank()) {
                    throw new IllegalStateException(file + ": 'prompts[" + i + "]' needs an 'id' and a 'text'");
                }
                if (!ids.add(id)) {
                    throw new IllegalStateException(file + ": 'prompts[" + i + "]' repeats the id '" + id + "'");
                }
                if (text.strip().length() > MAX_LENGTH) {
                    throw new IllegalStateException(file + ": 'prompts[" + i + "].text' is longer than " + MAX_LENGTH
                            + " characters; a prompt is one short line");
                }
                prompts.add(new Prompt(id, text.strip()));
            }
            return List.copyOf(prompts);
        } catch (IOException | YAMLException e) {
            throw new IllegalStateException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
