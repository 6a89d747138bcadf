package app.kintsugi.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages a content file gives its texts in (a questionnaire, the help resources), how a text
 * is picked for a page's locale, and how a language is named to the people who write those files.
 */
public final class ContentLanguages {

    public static final List<String> ALL = List.of("en", "es");
    public static final String FALLBACK = "en";

    private ContentLanguages() {
    }

    /** The text in the locale's language when there is one, otherwise English; null when there is no text at all. */
    public static <T> T pick(Map<String, T> byLanguage, Locale locale) {
        if (byLanguage == null || byLanguage.isEmpty()) {
            return null;
        }
        if (locale != null) {
            T text = byLanguage.get(locale.getLanguage());
            if (text != null) {
                return text;
            }
        }
        return byLanguage.get(FALLBACK);
    }

    /** How a language is named in messages to the people who write content files. */
    public static String name(String language) {
        return switch (language) {
            case "en" -> "English";
            case "es" -> "Spanish";
            default -> "'" + language + "'";
        };
    }

    /** An unmodifiable copy that keeps the order it was given in; empty for none. */
    public static <K, V> Map<K, V> copy(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
