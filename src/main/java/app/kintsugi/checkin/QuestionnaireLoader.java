package app.kintsugi.checkin;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
 * Reads and checks one questionnaire definition file (the format is described in
 * {@code program/questionnaires/README.md}). The YAML is composed into nodes rather than objects, so
 * every problem can name the line it is on; every problem in the file is collected, not just the
 * first, so whoever fixes the file sees all of them at once. Messages name keys and ids, never
 * the texts themselves.
 */
final class QuestionnaireLoader {

    /** Ids and subscale names: lower-case words joined by '-' or '_', safe in URLs and form fields. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    static final int MAX_SLUG = 64;

    private static final Set<String> TOP_KEYS = keys("id", "version", "title", "intro", "scale", "items", "subscales",
            "scoring", "cutoffs", "reliable_change", "higher_is_better", "signals");
    private static final Set<String> SCALE_KEYS = keys("min", "max", "anchors");
    private static final Set<String> ITEM_KEYS = keys("id", "text", "reverse", "scale");
    private static final Set<String> CUTOFF_KEYS = keys("at", "label");
    private static final Set<String> SIGNAL_KEYS = keys("distress_at_least", "distress_weeks", "overwhelmed_at_least");
    private static final Set<String> LANGUAGE_KEYS = new LinkedHashSet<>(Languages.ALL);

    /**
     * What a file gave: a questionnaire (and its signals, if it has any) or the problems found.
     * {@code idLine} is the line of its id, for messages about the file as a whole.
     */
    record Loaded(Questionnaire questionnaire, Signals signals, int idLine, List<String> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final String file;
    private final boolean builtIn;
    /** Problems with the line they are on, reported in the order of the file. */
    private final List<Problem> problems = new ArrayList<>();
    /** Every item id the file declares, with where, even of items that have problems of their own. */
    private final Map<String, Node> declared = new LinkedHashMap<>();
    /** Subscales naming an item that has problems of its own: their ranges cannot be worked out. */
    private final Set<String> incomplete = new LinkedHashSet<>();

    private QuestionnaireLoader(String file, boolean builtIn) {
        this.file = file;
        this.builtIn = builtIn;
    }

    /**
     * Reads a definition.
     *
     * @param file    the file's name, used in every message
     * @param yaml    the file's text
     * @param builtIn whether the project ships it (only the built-in check-in may carry signals)
     */
    static Loaded load(String file, String yaml, boolean builtIn) {
        return new QuestionnaireLoader(file, builtIn).load(yaml);
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
            problems.add(new Problem(1, file + " line 1: the file is empty"));
            return failed();
        }
        Fields top = fields(root, root, "the definition", null, TOP_KEYS);
        if (top == null) {
            return failed();
        }
        String id = slug(top, "id", "the questionnaire");
        Integer version = required(top, "version", f -> whole(f.value(), "'version'"));
        if (version != null && version < 1) {
            problem(top.get("version").value(), "'version' must be 1 or more");
        }
        Map<String, String> title = required(top, "title", f -> texts(f, "the title", "text"));
        Map<String, String> intro = required(top, "intro", f -> texts(f, "the introduction", "text"));
        Field scaleField = top.get("scale");
        Scale defaultScale = scaleField == null ? null : scale(scaleField, "the default scale");
        List<Item> items = items(top, scaleField != null, defaultScale);
        Map<String, Item> itemsById = new LinkedHashMap<>();
        items.forEach(i -> itemsById.put(i.id(), i));
        Map<String, List<String>> subscaleItems = subscales(top, itemsById);
        List<Subscale> subscales = scoredSubscales(top, subscaleItems, itemsById);
        Signals signals = signals(top.get("signals"), subscales);
        if (builtIn && Questionnaires.WEEKLY.equals(id) && top.get("signals") == null) {
            problem(top.node(), "'signals' is missing: the weekly check-in needs distress_at_least, distress_weeks and overwhelmed_at_least");
        }
        if (!problems.isEmpty()) {
            return failed();
        }
        return new Loaded(new Questionnaire(id, version, title, intro, items, subscales, builtIn), signals,
                line(top.get("id").value()), List.of());
    }

    private Loaded failed() {
        return new Loaded(null, null, 0, problems.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::text).toList());
    }

    private List<Item> items(Fields top, boolean hasDefaultScale, Scale defaultScale) {
        List<Item> items = new ArrayList<>();
        Field field = top.get("items");
        if (field == null) {
            problem(top.node(), "'items' is missing (a list of the questions)");
            return items;
        }
        if (!(field.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problem(field.value(), "'items' must be a list with at least one item");
            return items;
        }
        for (int i = 0; i < list.getValue().size(); i++) {
            Node node = list.getValue().get(i);
            String where = "item " + (i + 1);
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id") && t.getValueNode() instanceof ScalarNode v) {
                        where = "item '" + v.getValue() + "'";
                    }
                }
            }
            Fields item = fields(node, node, where, where, ITEM_KEYS);
            if (item == null) {
                continue;
            }
            String id = slug(item, "id", where);
            if (id != null) {
                Node first = declared.putIfAbsent(id, item.get("id").value());
                if (first != null) {
                    problem(item.get("id").value(), "item '" + id + "' appears twice (first on line " + line(first) + ")");
                    id = null;
                }
            }
            String name = where;
            Map<String, String> text = required(item, "text", f -> texts(f, name, "text"));
            boolean reverse = false;
            if (item.get("reverse") != null) {
                Boolean r = bool(item.get("reverse").value(), where + ": 'reverse'");
                reverse = Boolean.TRUE.equals(r);
            }
            Scale scale = defaultScale;
            boolean hasScale = hasDefaultScale;
            if (item.get("scale") != null) {
                scale = scale(item.get("scale"), where + ": its scale");
                hasScale = true;
            }
            if (!hasScale) {
                problem(item.get("id") != null ? item.get("id").value() : node, reverse
                        ? where + " is reverse-keyed but has no scale to reverse it on (give it a 'scale', or the questionnaire a default 'scale')"
                        : where + " has no scale (give it a 'scale', or the questionnaire a default 'scale')");
            }
            if (id != null && text != null && scale != null) {
                items.add(new Item(id, text, reverse, scale));
            }
        }
        return items;
    }

    private Map<String, List<String>> subscales(Fields top, Map<String, Item> items) {
        Map<String, List<String>> subscales = new LinkedHashMap<>();
        Fields fields = requiredFields(top, "subscales", "'subscales' is missing (each subscale's name and its list of item ids)");
        if (fields == null) {
            return subscales;
        }
        if (fields.map().isEmpty()) {
            problem(fields.named(), "'subscales' needs at least one subscale");
            return subscales;
        }
        Set<String> used = new LinkedHashSet<>();
        for (Field field : fields.map().values()) {
            String name = field.name();
            boolean valid = isSlug(name);
            if (!valid) {
                problem(field.key(), "subscale name '" + name + "' must be lower-case letters and digits joined by '-' or '_'");
            }
            if (!(field.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
                problem(field.value(), "subscale '" + name + "' must list at least one item id");
                continue;
            }
            List<String> ids = new ArrayList<>();
            Set<String> named = new LinkedHashSet<>();
            for (Node node : list.getValue()) {
                String id = text(node, "subscale '" + name + "': each entry (an item id)");
                if (id == null) {
                    incomplete.add(name);
                } else if (!named.add(id)) {
                    problem(node, "subscale '" + name + "' names item '" + id + "' twice");
                } else if (!declared.containsKey(id)) {
                    problem(node, "subscale '" + name + "' names unknown item '" + id + "'");
                    incomplete.add(name);
                } else {
                    used.add(id);
                    if (items.containsKey(id)) {
                        ids.add(id);
                    } else {
                        incomplete.add(name);
                    }
                }
            }
            if (!valid) {
                incomplete.add(name);
            }
            subscales.put(name, ids);
        }
        declared.forEach((id, node) -> {
            if (!used.contains(id)) {
                problem(node, "item '" + id + "' is in no subscale");
            }
        });
        return subscales;
    }

    private List<Subscale> scoredSubscales(Fields top, Map<String, List<String>> subscaleItems, Map<String, Item> items) {
        Map<String, Field> scoring = perSubscale(top, "scoring", "sum or mean", subscaleItems.keySet(), true);
        Map<String, Field> thresholds = perSubscale(top, "reliable_change",
                "the smallest difference between two scores that counts as a real change", subscaleItems.keySet(), true);
        Map<String, Field> polarity = perSubscale(top, "higher_is_better", "true or false", subscaleItems.keySet(), true);
        Map<String, Field> cutoffs = perSubscale(top, "cutoffs", null, subscaleItems.keySet(), false);
        List<Subscale> subscales = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : subscaleItems.entrySet()) {
            String name = entry.getKey();
            List<String> ids = entry.getValue();
            Scoring how = null;
            if (scoring.get(name) != null) {
                Node node = scoring.get(name).value();
                String value = text(node, "scoring of subscale '" + name + "'");
                if ("sum".equals(value)) {
                    how = Scoring.SUM;
                } else if ("mean".equals(value)) {
                    how = Scoring.MEAN;
                } else if (value != null) {
                    problem(node, "scoring of subscale '" + name + "' must be sum or mean, not '" + value + "'");
                }
            }
            boolean complete = !incomplete.contains(name) && !ids.isEmpty();
            double min = 0;
            double max = 0;
            for (String id : ids) {
                min += items.get(id).scale().min();
                max += items.get(id).scale().max();
            }
            if (how == Scoring.MEAN) {
                min /= ids.size();
                max /= ids.size();
            }
            Double threshold = null;
            if (thresholds.get(name) != null) {
                Node node = thresholds.get(name).value();
                threshold = number(node, "reliable_change of subscale '" + name + "'");
                if (threshold != null && threshold <= 0) {
                    problem(node, "reliable_change of subscale '" + name + "' must be more than 0");
                    threshold = null;
                } else if (threshold != null && how != null && complete && threshold > max - min) {
                    problem(node, "reliable_change of subscale '" + name + "' (" + format(threshold)
                            + ") is more than its whole range (" + range(min, max) + "), so no change could ever count");
                    threshold = null;
                }
            }
            Boolean higherIsBetter = polarity.get(name) == null ? null
                    : bool(polarity.get(name).value(), "higher_is_better of subscale '" + name + "'");
            List<Cutoff> list = cutoffs.get(name) == null || how == null || !complete ? List.of()
                    : cutoffs(cutoffs.get(name), name, min, max);
            if (how != null && threshold != null && higherIsBetter != null && complete) {
                subscales.add(new Subscale(name, ids, how, min, max, threshold, higherIsBetter, list));
            }
        }
        return subscales;
    }

    /**
     * A mapping from subscale name to a setting. Names it does not know are problems; so is a missing
     * subscale when {@code everySubscale}.
     */
    private Map<String, Field> perSubscale(Fields top, String key, String expected, Set<String> subscales, boolean everySubscale) {
        Map<String, Field> result = new LinkedHashMap<>();
        Field field = top.get(key);
        if (field == null) {
            if (everySubscale) {
                problem(top.node(), "'" + key + "' is missing (for each subscale: " + expected + ")");
            }
            return result;
        }
        Fields fields = fields(field.value(), field.key(), "'" + key + "'", "'" + key + "'", null);
        if (fields == null) {
            return result;
        }
        for (Field entry : fields.map().values()) {
            if (!subscales.contains(entry.name())) {
                problem(entry.key(), "'" + key + "' names unknown subscale '" + entry.name() + "'");
            } else {
                result.put(entry.name(), entry);
            }
        }
        if (everySubscale) {
            for (String subscale : subscales) {
                if (!result.containsKey(subscale)) {
                    problem(field.key(), "subscale '" + subscale + "' has no " + key + " (" + expected + ")");
                }
            }
        }
        return result;
    }

    private List<Cutoff> cutoffs(Field field, String subscale, double min, double max) {
        List<Cutoff> cutoffs = new ArrayList<>();
        if (!(field.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problem(field.value(), "cut-offs of subscale '" + subscale + "' must be a list of {at, label}");
            return cutoffs;
        }
        Double previous = null;
        for (Node node : list.getValue()) {
            String unnamed = "a cut-off of subscale '" + subscale + "'";
            Fields cutoff = fields(node, node, unnamed, unnamed, CUTOFF_KEYS);
            if (cutoff == null) {
                continue;
            }
            String where = unnamed;
            Double at = required(cutoff, "at", f -> number(f.value(), unnamed + ": 'at'"));
            if (at != null) {
                where = "cut-off " + format(at) + " of subscale '" + subscale + "'";
                if (at < min || at > max) {
                    problem(cutoff.get("at").value(), where + " is outside its range " + range(min, max));
                    at = null;
                } else if (previous != null && at <= previous) {
                    problem(cutoff.get("at").value(), where + " must come after " + format(previous)
                            + ": list cut-offs from lowest to highest, each once");
                    at = null;
                } else {
                    previous = at;
                }
            }
            String name = where;
            Map<String, String> label = required(cutoff, "label", f -> texts(f, name, "label"));
            if (at != null && label != null) {
                cutoffs.add(new Cutoff(at, label));
            }
        }
        return cutoffs;
    }

    private Signals signals(Field field, List<Subscale> subscales) {
        if (field == null) {
            return null;
        }
        if (!builtIn) {
            problem(field.key(), "'signals' are read only from the built-in weekly check-in; remove them from this file");
            return null;
        }
        Fields fields = fields(field.value(), field.key(), "'signals'", "'signals'", SIGNAL_KEYS);
        if (fields == null) {
            return null;
        }
        Double distress = signalThreshold(fields, "distress_at_least", "distress", subscales);
        Integer weeks = required(fields, "distress_weeks", f -> whole(f.value(), "signals: 'distress_weeks'"));
        if (weeks != null && weeks < 1) {
            problem(fields.get("distress_weeks").value(), "signals: 'distress_weeks' must be 1 or more");
            weeks = null;
        }
        Double overwhelmed = signalThreshold(fields, "overwhelmed_at_least", "overwhelmed", subscales);
        return distress == null || weeks == null || overwhelmed == null ? null : new Signals(distress, weeks, overwhelmed);
    }

    private Double signalThreshold(Fields fields, String key, String subscaleName, List<Subscale> subscales) {
        Double value = required(fields, key, f -> number(f.value(), "signals: '" + key + "'"));
        if (value == null) {
            return null;
        }
        Node node = fields.get(key).value();
        Subscale subscale = subscales.stream().filter(s -> s.name().equals(subscaleName)).findFirst().orElse(null);
        if (subscale == null) {
            problem(node, "signals: '" + key + "' refers to subscale '" + subscaleName + "', which this questionnaire does not have");
            return null;
        }
        if (value < subscale.min() || value > subscale.max()) {
            problem(node, "signals: '" + key + "' (" + format(value) + ") is outside the range of subscale '" + subscaleName
                    + "' (" + range(subscale.min(), subscale.max()) + ")");
            return null;
        }
        return value;
    }

    private Scale scale(Field field, String where) {
        Fields scale = fields(field.value(), field.key(), where, where, SCALE_KEYS);
        if (scale == null) {
            return null;
        }
        Integer min = required(scale, "min", f -> whole(f.value(), where + ": 'min'"));
        Integer max = required(scale, "max", f -> whole(f.value(), where + ": 'max'"));
        if (min != null && max != null && min >= max) {
            problem(field.key(), where + ": min (" + min + ") must be less than max (" + max + ")");
            return null;
        }
        Field anchorsField = scale.get("anchors");
        if (anchorsField == null) {
            problem(field.key(), where + " has no anchors (the words for at least its min and max, in every language)");
            return null;
        }
        Fields languages = fields(anchorsField.value(), anchorsField.key(), where + ": 'anchors'", where + ": 'anchors'", LANGUAGE_KEYS);
        if (languages == null) {
            return null;
        }
        Map<String, Map<Integer, String>> anchors = new LinkedHashMap<>();
        boolean complete = true;
        for (String language : Languages.ALL) {
            Field words = languages.get(language);
            if (words == null) {
                problem(anchorsField.key(), where + " has no " + Languages.name(language) + " anchors");
                complete = false;
                continue;
            }
            String whose = where + ": the " + Languages.name(language) + " anchors";
            Fields points = fields(words.value(), words.key(), whose, whose, null);
            if (points == null) {
                complete = false;
                continue;
            }
            Map<Integer, String> named = new LinkedHashMap<>();
            for (Field point : points.map().values()) {
                Integer at = whole(point.key(), whose + ": each key (a point of the scale)");
                String word = text(point.value(), whose + ": the word for " + point.name());
                if (at != null && min != null && max != null && (at < min || at > max)) {
                    problem(point.key(), whose + " name " + at + ", which is outside the scale " + min + " to " + max);
                    complete = false;
                } else if (at != null && word != null) {
                    named.put(at, word);
                } else {
                    complete = false;
                }
            }
            for (Integer end : new Integer[] {min, max}) {
                if (end != null && !named.containsKey(end) && points.map().values().stream().noneMatch(p -> p.name().equals(String.valueOf(end)))) {
                    problem(words.key(), where + " has no " + Languages.name(language) + " anchor for " + end
                            + (end.equals(min) ? " (its min)" : " (its max)"));
                    complete = false;
                }
            }
            anchors.put(language, named);
        }
        if (complete && anchors.size() == Languages.ALL.size()) {
            Set<Integer> reference = anchors.get(Languages.FALLBACK).keySet();
            for (String language : Languages.ALL) {
                if (!anchors.get(language).keySet().equals(reference)) {
                    problem(languages.get(language).key(), where + ": the " + Languages.name(language) + " anchors name the points "
                            + anchors.get(language).keySet() + ", the English ones " + reference + "; every language needs the same");
                    complete = false;
                }
            }
        }
        return min == null || max == null || !complete ? null : new Scale(min, max, anchors);
    }

    /** Text in every language; {@code noun} is "text" or "label", as in "item 'hope' has no Spanish text". */
    private Map<String, String> texts(Field field, String what, String noun) {
        Fields languages = fields(field.value(), field.key(), what, what, LANGUAGE_KEYS);
        if (languages == null) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : Languages.ALL) {
            Field text = languages.get(language);
            if (text == null) {
                problem(field.key(), what + " has no " + Languages.name(language) + " " + noun);
                continue;
            }
            String value = text(text.value(), what + " in " + Languages.name(language));
            if (value != null) {
                texts.put(language, value);
            }
        }
        return texts.size() == Languages.ALL.size() ? texts : null;
    }

    private String slug(Fields fields, String key, String what) {
        return required(fields, key, f -> {
            String value = text(f.value(), what + ": '" + key + "'");
            if (value != null && !isSlug(value)) {
                problem(f.value(), what + ": '" + key + "' must be lower-case letters and digits joined by '-' or '_' (at most "
                        + MAX_SLUG + " characters), like 'kintsugi-weekly'");
                return null;
            }
            return value;
        });
    }

    private static boolean isSlug(String value) {
        return value.length() <= MAX_SLUG && SLUG.matcher(value).matches();
    }

    // ---- nodes ----

    /** A key and its value in a mapping. */
    private record Field(ScalarNode key, Node value) {

        String name() {
            return key.getValue();
        }
    }

    /**
     * A mapping's fields by key. {@code named} is where the mapping is named (its key, or itself), the
     * line a missing key is reported on; {@code context} says whose keys they are (null at the top).
     */
    private record Fields(Node node, Node named, String context, Map<String, Field> map) {

        Field get(String key) {
            return map.get(key);
        }
    }

    /**
     * The fields of a mapping, reporting keys that are repeated or, when {@code allowed} is given, not
     * allowed. {@code context} prefixes messages about its keys (null at the top level).
     */
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

    private Fields requiredFields(Fields parent, String key, String missing) {
        Field field = parent.get(key);
        if (field == null) {
            problem(parent.named(), missing);
            return null;
        }
        return fields(field.value(), field.key(), "'" + key + "'", null, null);
    }

    private <T> T required(Fields fields, String key, Function<Field, T> read) {
        Field field = fields.get(key);
        if (field == null) {
            problem(fields.named(), (fields.context() == null ? "" : fields.context() + ": ") + "'" + key + "' is missing");
            return null;
        }
        return read.apply(field);
    }

    /**
     * A text. YAML 1.1 reads a plain Yes, No, On or Off as true or false; as a text they are meant as
     * words, so they are taken as written. A number where a text belongs is more likely a slip.
     */
    private String text(Node node, String what) {
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.STR) || scalar.getTag().equals(Tag.BOOL))) {
            if (!scalar.getValue().isBlank()) {
                return scalar.getValue().strip();
            }
            problem(node, what + " is empty");
            return null;
        }
        problem(node, what + " must be text");
        return null;
    }

    private Integer whole(Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Integer.parseInt(scalar.getValue());
            } catch (NumberFormatException e) {
                // falls through to the problem below: hexadecimal, underscores or too large
            }
        }
        problem(node, what + " must be a whole number");
        return null;
    }

    private Double number(Node node, String what) {
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                double value = Double.parseDouble(scalar.getValue());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
        }
        problem(node, what + " must be a number");
        return null;
    }

    private Boolean bool(Node node, String what) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            if (scalar.getValue().equalsIgnoreCase("true")) {
                return true;
            }
            if (scalar.getValue().equalsIgnoreCase("false")) {
                return false;
            }
        }
        problem(node, what + " must be true or false");
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

    private static String range(double min, double max) {
        return format(min) + " to " + format(max);
    }

    /** 3.0 as "3", 0.75 as "0.75", a third as "1.33". */
    static String format(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.valueOf(Math.round(value * 100) / 100.0);
    }

    private static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }
}
