package app.kintsugi.checkin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import app.kintsugi.shared.ContentLanguages;

/**
 * The whole numbers an item can be answered with, from {@code min} to {@code max}, and the words
 * that name some of them ({@code anchors}, by language, at least for min and max).
 */
public record Scale(int min, int max, Map<String, Map<Integer, String>> anchors) {

    public Scale {
        if (min >= max) {
            throw new IllegalArgumentException("a scale's min (" + min + ") must be less than its max (" + max + ")");
        }
        Map<String, Map<Integer, String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(anchors, "anchors")
                .forEach((language, words) -> copy.put(language, Collections.unmodifiableMap(new TreeMap<>(words))));
        anchors = Collections.unmodifiableMap(copy);
    }

    /** The anchors in the locale's language (English when there is no such language), lowest first. */
    public Map<Integer, String> anchors(Locale locale) {
        Map<Integer, String> words = ContentLanguages.pick(anchors, locale);
        return words == null ? Map.of() : words;
    }

    /** Whether {@code answer} is a point of this scale. */
    public boolean contains(int answer) {
        return answer >= min && answer <= max;
    }
}
