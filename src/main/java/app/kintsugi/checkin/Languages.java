package app.kintsugi.checkin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The languages every questionnaire is written in, and how a text is picked for a locale. */
final class Languages {

    static final List<String> ALL = List.of("en", "es");
    static final String FALLBACK = "en";

    private Languages() {
    }

    /** The language of {@code locale} when the texts have it, otherwise English. */
    static <T> T pick(Map<String, T> byLanguage, Locale locale) {
        if (locale != null) {
            T text = byLanguage.get(locale.getLanguage());
            if (text != null) {
                return text;
            }
        }
        return byLanguage.get(FALLBACK);
    }

    /** How a language is named in messages to the people who write definition files. */
    static String name(String language) {
        return switch (language) {
            case "en" -> "English";
            case "es" -> "Spanish";
            default -> "'" + language + "'";
        };
    }

    /** An unmodifiable copy that keeps the order it was given in. */
    static <K, V> Map<K, V> copy(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
