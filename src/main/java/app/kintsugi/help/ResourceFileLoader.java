package app.kintsugi.help;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads and checks a help resources file (the format is described in
 * {@code program/help/README.md}). The YAML is composed into nodes rather than objects, so every
 * problem can name its line; every problem is collected, so whoever edits the file sees all of them
 * at once. People in crisis read these numbers: a file that is only half right is refused whole.
 */
final class ResourceFileLoader {

    /** A country code (ISO 3166-1 alpha-2), optionally with a part of it ({@code GB-SCT}), or INTL. */
    static final Pattern REGION_CODE = Pattern.compile("[A-Z]{2}(?:-[A-Z0-9]{1,3})?|" + HelpResources.ANYWHERE);
    /** Digits with the usual separators; at least two digits, at most 30 characters. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-]{0,28}[0-9]");

    private static final Set<String> TOP_KEYS = keys("regions");
    private static final Set<String> REGION_KEYS = keys("code", "name", "resources");
    private static final Set<String> RESOURCE_KEYS = keys("kind", "name", "description", "phone", "url", "hours");

    /** What a file gave: its regions in the order of the file, or the problems found. */
    record Loaded(List<HelpRegion> regions, List<String> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private ResourceFileLoader(String file) {
        this.file = file;
    }

    /**
     * Reads a resources file.
     *
     * @param file the file's name as the operator gave it, used in every message
     * @param yaml the file's text
     */
    static Loaded load(String file, String yaml) {
        return new ResourceFileLoader(file).load(yaml);
    }

    private Loaded load(String yaml) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            int line = mark != null ? mark.getLine() + 1 : 0;
            problems.add(new Problem(line, file + (line > 0 ? " line " + line : "") + ": not valid YAML: " + problem));
            return failed();
        } catch (YAMLException e) {
            problems.add(new Problem(0, file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
            return failed();
        }
        if (root == null) {
            problems.add(new Problem(1, file + " line 1: the file is empty (it needs 'regions', a list of regions)"));
            return failed();
        }
        Fields top = fields(root, root, "the file", null, TOP_KEYS);
        if (top == null) {
            return failed();
        }
        Field regionsField = top.get("regions");
        if (regionsField == null) {
            problem(root, "'regions' is missing (a list of regions, each with a code, a name and its resources)");
            return failed();
        }
        if (!(regionsField.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problem(regionsField.value(), "'regions' must be a list with at least one region");
            return failed();
        }
        List<HelpRegion> regions = new ArrayList<>();
        Map<String, Node> codes = new LinkedHashMap<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            HelpRegion region = region(list.getValue().get(i), i + 1, codes);
            if (region != null) {
                regions.add(region);
            }
        }
        if (!codes.containsKey(HelpResources.ANYWHERE)) {
            problem(regionsField.key(), "no region has the code " + HelpResources.ANYWHERE
                    + " (the resources shown to anyone whose region is not in the file)");
        }
        return problems.isEmpty() ? new Loaded(List.copyOf(regions), List.of()) : failed();
    }

    private Loaded failed() {
        return new Loaded(List.of(), problems.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::text).toList());
    }

    private HelpRegion region(Node node, int position, Map<String, Node> codes) {
        String where = "region " + position;
        String declared = scalarOf(node, "code");
        if (declared != null) {
            where = "region '" + declared + "'";
        }
        Fields region = fields(node, node, where, where, REGION_KEYS);
        if (region == null) {
            return null;
        }
        String code = required(region, "code", f -> {
            String value = text(f.value(), "'code'", region.context());
            if (value != null && !REGION_CODE.matcher(value).matches()) {
                problem(f.value(), region.context() + ": 'code' must be a two-letter country code in capitals (like ES or GB), "
                        + "optionally with a part of the country (like GB-SCT), or " + HelpResources.ANYWHERE);
                return null;
            }
            return value;
        });
        if (code != null) {
            Node first = codes.putIfAbsent(code, region.get("code").value());
            if (first != null) {
                problem(region.get("code").value(), "region '" + code + "' appears twice (first on line " + line(first) + ")");
                code = null;
            }
        }
        Map<String, String> name = required(region, "name", f -> texts(f, region.context() + ": 'name'", false));
        List<HelpResource> resources = resources(region);
        return code == null || name == null || resources == null ? null : new HelpRegion(code, name, resources);
    }

    private List<HelpResource> resources(Fields region) {
        Field field = region.get("resources");
        if (field == null) {
            problem(region.named(), region.context() + ": 'resources' is missing (a list of places to turn to)");
            return null;
        }
        if (!(field.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problem(field.value(), region.context() + ": 'resources' must be a list with at least one resource");
            return null;
        }
        List<HelpResource> resources = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            HelpResource resource = resource(list.getValue().get(i), region.context() + ", resource " + (i + 1));
            if (resource == null) {
                complete = false;
            } else {
                resources.add(resource);
            }
        }
        return complete ? resources : null;
    }

    private HelpResource resource(Node node, String where) {
        Fields resource = fields(node, node, where, where, RESOURCE_KEYS);
        if (resource == null) {
            return null;
        }
        String context = resource.context();
        ResourceKind kind = required(resource, "kind", f -> {
            String value = text(f.value(), "'kind'", context);
            if (value == null) {
                return null;
            }
            return ResourceKind.ofKey(value).orElseGet(() -> {
                problem(f.value(), context + ": unknown kind '" + value + "' (expected " + ResourceKind.keys() + ")");
                return null;
            });
        });
        Map<String, String> name = required(resource, "name", f -> texts(f, context + ": 'name'", true));
        Map<String, String> description = required(resource, "description", f -> texts(f, context + ": 'description'", false));
        String phone = null;
        boolean valid = true;
        if (resource.get("phone") != null) {
            Node value = resource.get("phone").value();
            phone = text(value, "'phone'", context);
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problem(value, context + ": 'phone' must be a number as people dial it: digits, spaces, '-', '(', ')', "
                        + "and a leading '+' (like 112 or +44 808 2000 247)");
                phone = null;
            }
            valid = phone != null;
        }
        String url = null;
        if (resource.get("url") != null) {
            Node value = resource.get("url").value();
            url = text(value, "'url'", context);
            if (url != null && !isWebAddress(url)) {
                problem(value, context + ": 'url' must be a full web address starting with https:// (or http://)");
                url = null;
            }
            valid = valid && url != null;
        }
        Map<String, String> hours = Map.of();
        if (resource.get("hours") != null) {
            hours = texts(resource.get("hours"), context + ": 'hours'", true);
            valid = valid && hours != null;
        }
        if (kind == null || name == null || description == null || !valid) {
            return null;
        }
        return new HelpResource(kind, name, description, phone, url, hours);
    }

    static boolean isWebAddress(String value) {
        if (!(value.startsWith("https://") || value.startsWith("http://")) || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Text in every language, as a mapping from language to text. Where {@code sameForAll}, a single
     * text stands for every language (names and hours such as "112" or "24/7").
     */
    private Map<String, String> texts(Field field, String what, boolean sameForAll) {
        Node node = field.value();
        if (sameForAll && node instanceof ScalarNode) {
            String value = text(node, what, null);
            if (value == null) {
                return null;
            }
            Map<String, String> all = new LinkedHashMap<>();
            HelpLanguages.ALL.forEach(language -> all.put(language, value));
            return all;
        }
        if (!(node instanceof MappingNode)) {
            problem(node, what + " must give the text in every language (" + String.join(", ", HelpLanguages.ALL) + ")"
                    + (sameForAll ? ", or one text for all of them" : ""));
            return null;
        }
        Fields languages = fields(node, field.key(), what, what, null);
        Map<String, String> texts = new LinkedHashMap<>();
        boolean complete = true;
        for (Field language : languages.map().values()) {
            if (!HelpLanguages.ALL.contains(language.name())) {
                problem(language.key(), what + ": unknown language '" + language.name() + "' (expected "
                        + String.join(", ", HelpLanguages.ALL) + ")");
                complete = false;
            }
        }
        for (String language : HelpLanguages.ALL) {
            Field text = languages.get(language);
            if (text == null) {
                problem(field.key(), what + " has no " + HelpLanguages.name(language) + " text ('" + language + "')");
                complete = false;
                continue;
            }
            String value = text(text.value(), "the " + HelpLanguages.name(language) + " text", what);
            if (value == null) {
                complete = false;
            } else {
                texts.put(language, value);
            }
        }
        return complete ? texts : null;
    }

    // ---- nodes ----

    private record Field(ScalarNode key, Node value) {

        String name() {
            return key.getValue();
        }
    }

    /** A mapping's fields; {@code named} is where a missing key is reported, {@code context} whose keys they are. */
    private record Fields(Node node, Node named, String context, Map<String, Field> map) {

        Field get(String key) {
            return map.get(key);
        }
    }

    private Fields fields(Node node, Node named, String what, String context, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of keys to values");
            return null;
        }
        String prefix = context == null ? "" : context + ": ";
        Map<String, Field> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), prefix + "a key must be a plain word");
                continue;
            }
            Field earlier = map.get(key.getValue());
            if (earlier != null) {
                problem(key, prefix + "'" + key.getValue() + "' appears twice (first on line " + line(earlier.key()) + ")");
                continue;
            }
            if (allowed != null && !allowed.contains(key.getValue())) {
                problem(key, prefix + "unknown key '" + key.getValue() + "' (expected " + String.join(", ", allowed) + ")");
                continue;
            }
            map.put(key.getValue(), new Field(key, tuple.getValueNode()));
        }
        return new Fields(node, named, context, map);
    }

    private <T> T required(Fields fields, String key, java.util.function.Function<Field, T> read) {
        Field field = fields.get(key);
        if (field == null) {
            problem(fields.named(), (fields.context() == null ? "" : fields.context() + ": ") + "'" + key + "' is missing");
            return null;
        }
        return read.apply(field);
    }

    /** The value of a plain key in a mapping, before the mapping is checked: to name a region by its code. */
    private static String scalarOf(Node node, String key) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key) && t.getValueNode() instanceof ScalarNode v
                        && !v.getValue().isBlank()) {
                    return v.getValue().strip();
                }
            }
        }
        return null;
    }

    /**
     * A text as written. Numbers are texts here ("112" is a name and a phone number), and so are YAML
     * 1.1's Yes and No; an empty value or a list is a problem.
     */
    private String text(Node node, String what, String context) {
        String prefix = context == null ? "" : context + ": ";
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            if (!scalar.getValue().isBlank()) {
                return scalar.getValue().strip();
            }
        } else if (!(node instanceof ScalarNode)) {
            problem(node, prefix + what + " must be text");
            return null;
        }
        problem(node, prefix + what + " is empty");
        return null;
    }

    private record Problem(int line, String text) {
    }

    private void problem(Node at, String message) {
        problems.add(new Problem(line(at), file + " line " + line(at) + ": " + message));
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }
}
