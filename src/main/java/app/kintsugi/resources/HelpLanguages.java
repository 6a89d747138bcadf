package app.kintsugi.resources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The languages a resources file is written in, and how a text is picked for a page's locale. */
final class HelpLanguages {

    static final List<String> ALL = List.of("en", "es");
    static final String FALLBACK = "en";

    private HelpLanguages() {
    }

    static String pick(Map<String, String> byLanguage, Locale locale) {
        if (byLanguage == null || byLanguage.isEmpty()) {
            return null;
        }
        if (locale != null) {
            String text = byLanguage.get(locale.getLanguage());
            if (text != null) {
                return text;
            }
        }
        return byLanguage.get(FALLBACK);
    }

    /** How a language is named in messages to the person editing the file. */
    static String name(String language) {
        return switch (language) {
            case "en" -> "English";
            case "es" -> "Spanish";
            default -> "'" + language + "'";
        };
    }

    static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
