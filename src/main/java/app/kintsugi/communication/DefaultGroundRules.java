package app.kintsugi.communication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.kintsugi.shared.ContentLanguages;
import app.kintsugi.shared.TextLists;
import app.kintsugi.shared.TextLists.Limits;

/**
 * The project's default ground rules, from {@code program/communication/ground-rules_<lang>.yaml}.
 * Read at start-up through {@link TextLists}; a missing file, a rule without text, an id given twice
 * or languages that list different rules stop the start with a message naming the file and the line.
 */
@Component
public class DefaultGroundRules {

    static final List<String> LANGUAGES = List.of("en", "es");
    private static final String RESOURCE = "program/communication/ground-rules_%s.yaml";

    public record Rule(String id, String text) {
    }

    private final Map<String, List<Rule>> byLanguage;

    DefaultGroundRules() {
        this(RESOURCE);
    }

    DefaultGroundRules(String pattern) {
        Map<String, List<Rule>> loaded = new LinkedHashMap<>();
        TextLists.read(pattern, LANGUAGES, "rules", Limits.ANY)
                .forEach((language, entries) -> loaded.put(language, entries.stream().map(e -> new Rule(e.id(), e.text())).toList()));
        this.byLanguage = Map.copyOf(loaded);
    }

    public List<Rule> rules(Locale locale) {
        return ContentLanguages.pick(byLanguage, locale);
    }
}
