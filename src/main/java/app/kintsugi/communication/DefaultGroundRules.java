package app.kintsugi.communication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The project's default ground rules, from {@code program/communication/ground-rules_<lang>.yaml}.
 * Read at start-up; a missing file, a rule without text or languages that list different rules stop
 * the start with a message naming the file.
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
        for (String language : LANGUAGES) {
            loaded.put(language, read(pattern.formatted(language)));
        }
        List<String> reference = loaded.get("en").stream().map(Rule::id).toList();
        loaded.forEach((language, rules) -> {
            List<String> ids = rules.stream().map(Rule::id).toList();
            if (!ids.equals(reference)) {
                throw new IllegalStateException(pattern.formatted(language) + ": lists the rules " + ids
                        + " but " + pattern.formatted("en") + " lists " + reference + "; every language needs the same rules in the same order");
            }
        });
        this.byLanguage = Map.copyOf(loaded);
    }

    public List<Rule> rules(Locale locale) {
        String language = locale != null && byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : "en";
        return byLanguage.get(language);
    }

    private static List<Rule> read(String file) {
        try (InputStream in = DefaultGroundRules.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + ": not found on the classpath");
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!(root instanceof Map<?, ?> map) || !(map.get("rules") instanceof List<?> list) || list.isEmpty()) {
                throw new IllegalStateException(file + ": expected 'rules' with a list of rules");
            }
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> rule) || !(rule.get("id") instanceof String id) || id.isBlank()
                        || !(rule.get("text") instanceof String text) || text.isBlank()) {
                    throw new IllegalStateException(file + ": 'rules[" + i + "]' needs an 'id' and a 'text'");
                }
                rules.add(new Rule(id, text.strip()));
            }
            return List.copyOf(rules);
        } catch (IOException | YAMLException e) {
            throw new IllegalStateException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
