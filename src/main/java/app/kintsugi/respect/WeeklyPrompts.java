package app.kintsugi.respect;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.kintsugi.shared.ContentLanguages;
import app.kintsugi.shared.TextLists;
import app.kintsugi.shared.TextLists.Limits;

/**
 * The gentle prompts that head the appreciation form, one per week, from
 * {@code program/respect/prompts_<lang>.yaml}. Read at start-up through {@link TextLists}: a missing
 * file, a prompt without text, fewer than {@value #MIN} or more than {@value #MAX} prompts, or
 * languages that list different prompts stop the start with a message naming the file and the line.
 * A prompt is an invitation shown
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
        TextLists.read(pattern, LANGUAGES, "prompts", new Limits(MIN, MAX, MAX_LENGTH, "a prompt is one short line"))
                .forEach((language, entries) -> loaded.put(language, entries.stream().map(e -> new Prompt(e.id(), e.text())).toList()));
        this.byLanguage = Map.copyOf(loaded);
    }

    /** Every prompt, in order, in the given language (English when there is no such language). */
    public List<Prompt> all(Locale locale) {
        return ContentLanguages.pick(byLanguage, locale);
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
}
