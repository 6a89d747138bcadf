package app.kintsugi.communication;

import java.util.ArrayList;
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
 * The project's default ground rules, from {@code program/communication/ground-rules_<lang>.yaml}.
 * Read at start-up; a missing file, a rule without text or languages that list different rules stop
 * the start with a message naming the file.
 */
@Component
public class DefaultGroundRules {

    static final List<String> LANGUAGES = List.of("en", "es");
    private static final String RESOURCE = "program/communication/ground-rules_%s.yaml";
    private static final Set<String> RULE_KEYS = new LinkedHashSet<>(List.of("id", "text"));

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
        StrictYaml yaml = StrictYaml.fromClasspath(DefaultGroundRules.class.getClassLoader(), file);
        Mapping top = yaml.top("the file", Set.of("rules"));
        List<Node> list = top == null ? null : top.required("rules", f -> yaml.list(f.value(), "'rules'", true));
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String where = "'rules[" + i + "]'";
            Mapping rule = yaml.mapping(list.get(i), list.get(i), where, where, RULE_KEYS);
            String id = rule == null ? null : rule.requiredText("id");
            String text = rule == null ? null : rule.requiredText("text");
            if (id != null && text != null) {
                rules.add(new Rule(id, text));
            }
        }
        yaml.throwIfBroken(null);
        return List.copyOf(rules);
    }
}
