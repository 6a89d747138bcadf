package app.kintsugi.resources;

import static app.kintsugi.shared.StrictYaml.keys;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import app.kintsugi.shared.ContentLanguages;
import app.kintsugi.shared.StrictYaml;
import app.kintsugi.shared.StrictYaml.Field;
import app.kintsugi.shared.StrictYaml.Mapping;

/**
 * Reads and checks a help resources file (the format is described in
 * {@code program/help/README.md}). The YAML is composed into nodes rather than objects, so every
 * problem can name its line; every problem is collected, so whoever edits the file sees all of them
 * at once. People in crisis read these numbers: a file that is only half right is refused whole.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
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
    /** The file being read, and every problem found in it. */
    private StrictYaml yaml;

    /**
     * Reads a resources file.
     *
     * @param file the file's name as the operator gave it, used in every message
     * @param yaml the file's text
     */
    static Loaded load(String file, String yaml) {
        return new ResourceFileLoader(file).load(yaml);
    }

    private Loaded load(String text) {
        yaml = StrictYaml.parse(file, text);
        if (yaml.valid() && yaml.root() == null) {
            yaml.problem(1, "the file is empty (it needs 'regions', a list of regions)");
            return failed();
        }
        Mapping top = yaml.top("the file", TOP_KEYS);
        if (top == null) {
            return failed();
        }
        Field regionsField = top.get("regions");
        if (regionsField == null) {
            yaml.problem(top.node(), "'regions' is missing (a list of regions, each with a code, a name and its resources)");
            return failed();
        }
        List<Node> list = yaml.list(regionsField.value(), "'regions'", "region");
        if (list == null) {
            return failed();
        }
        List<HelpRegion> regions = new ArrayList<>();
        Map<String, Node> codes = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            HelpRegion region = region(list.get(i), i + 1, codes);
            if (region != null) {
                regions.add(region);
            }
        }
        if (!codes.containsKey(HelpResources.ANYWHERE)) {
            yaml.problem(regionsField.key(), "no region has the code " + HelpResources.ANYWHERE
                    + " (the resources shown to anyone whose region is not in the file)");
        }
        return yaml.ok() ? new Loaded(List.copyOf(regions), List.of()) : failed();
    }

    private Loaded failed() {
        return new Loaded(List.of(), yaml.problems());
    }

    private HelpRegion region(Node node, int position, Map<String, Node> codes) {
        String where = "region " + position;
        String declared = StrictYaml.peek(node, "code");
        if (declared != null) {
            where = "region '" + declared + "'";
        }
        Mapping region = yaml.mapping(node, node, where, where, REGION_KEYS);
        if (region == null) {
            return null;
        }
        String code = region.required("code", f -> {
            String value = yaml.textOrNumber(f.value(), region.where("code"));
            if (value != null && !REGION_CODE.matcher(value).matches()) {
                yaml.problem(f.value(), region.context() + ": 'code' must be a two-letter country code in capitals (like ES or GB), "
                        + "optionally with a part of the country (like GB-SCT), or " + HelpResources.ANYWHERE);
                return null;
            }
            return value;
        });
        if (code != null) {
            Node first = codes.putIfAbsent(code, region.get("code").value());
            if (first != null) {
                yaml.problem(region.get("code").value(), "region '" + code + "' appears twice (first on line " + StrictYaml.line(first) + ")");
                code = null;
            }
        }
        Map<String, String> name = region.required("name", f -> texts(f, region.context() + ": 'name'", false));
        List<HelpResource> resources = resources(region);
        return code == null || name == null || resources == null ? null : new HelpRegion(code, name, resources);
    }

    private List<HelpResource> resources(Mapping region) {
        Field field = region.get("resources");
        if (field == null) {
            yaml.problem(region.named(), region.context() + ": 'resources' is missing (a list of places to turn to)");
            return null;
        }
        List<Node> list = yaml.list(field.value(), region.context() + ": 'resources'", "resource");
        if (list == null) {
            return null;
        }
        List<HelpResource> resources = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < list.size(); i++) {
            HelpResource resource = resource(list.get(i), region.context() + ", resource " + (i + 1));
            if (resource == null) {
                complete = false;
            } else {
                resources.add(resource);
            }
        }
        return complete ? resources : null;
    }

    private HelpResource resource(Node node, String where) {
        Mapping resource = yaml.mapping(node, node, where, where, RESOURCE_KEYS);
        if (resource == null) {
            return null;
        }
        String context = resource.context();
        ResourceKind kind = resource.required("kind", f -> {
            String value = yaml.textOrNumber(f.value(), resource.where("kind"));
            if (value == null) {
                return null;
            }
            return ResourceKind.ofKey(value).orElseGet(() -> {
                yaml.problem(f.value(), context + ": unknown kind '" + value + "' (expected " + ResourceKind.keys() + ")");
                return null;
            });
        });
        Map<String, String> name = resource.required("name", f -> texts(f, context + ": 'name'", true));
        Map<String, String> description = resource.required("description", f -> texts(f, context + ": 'description'", false));
        String phone = null;
        boolean valid = true;
        if (resource.get("phone") != null) {
            Node value = resource.get("phone").value();
            phone = yaml.textOrNumber(value, resource.where("phone"));
            if (phone != null && !PHONE.matcher(phone).matches()) {
                yaml.problem(value, context + ": 'phone' must be a number as people dial it: digits, spaces, '-', '(', ')', "
                        + "and a leading '+' (like 112 or +44 808 2000 247)");
                phone = null;
            }
            valid = phone != null;
        }
        String url = null;
        if (resource.get("url") != null) {
            Node value = resource.get("url").value();
            url = yaml.textOrNumber(value, resource.where("url"));
            if (url != null && !isWebAddress(url)) {
                yaml.problem(value, context + ": 'url' must be a full web address starting with https:// (or http://)");
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
            String value = yaml.textOrNumber(node, what);
            if (value == null) {
                return null;
            }
            Map<String, String> all = new LinkedHashMap<>();
            ContentLanguages.ALL.forEach(language -> all.put(language, value));
            return all;
        }
        if (!(node instanceof MappingNode)) {
            yaml.problem(node, what + " must give the text in every language (" + String.join(", ", ContentLanguages.ALL) + ")"
                    + (sameForAll ? ", or one text for all of them" : ""));
            return null;
        }
        Mapping languages = yaml.mapping(node, field.key(), what, what, null);
        Map<String, String> texts = new LinkedHashMap<>();
        boolean complete = true;
        for (Field language : languages.fields()) {
            if (!ContentLanguages.ALL.contains(language.name())) {
                yaml.problem(language.key(), what + ": unknown language '" + language.name() + "' (expected "
                        + String.join(", ", ContentLanguages.ALL) + ")");
                complete = false;
            }
        }
        for (String language : ContentLanguages.ALL) {
            Field text = languages.get(language);
            if (text == null) {
                yaml.problem(field.key(), what + " has no " + ContentLanguages.name(language) + " text ('" + language + "')");
                complete = false;
                continue;
            }
            String value = yaml.textOrNumber(text.value(), what + ": the " + ContentLanguages.name(language) + " text");
            if (value == null) {
                complete = false;
            } else {
                texts.put(language, value);
            }
        }
        return complete ? texts : null;
    }
}
