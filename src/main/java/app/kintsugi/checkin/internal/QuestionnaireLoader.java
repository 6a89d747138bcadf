package app.kintsugi.checkin.internal;

import static app.kintsugi.shared.StrictYaml.keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import app.kintsugi.checkin.Cutoff;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.checkin.Questionnaires;
import app.kintsugi.checkin.Scale;
import app.kintsugi.checkin.Scoring;
import app.kintsugi.checkin.Signals;
import app.kintsugi.checkin.Subscale;
import app.kintsugi.shared.ContentLanguages;
import app.kintsugi.shared.StrictYaml;
import app.kintsugi.shared.StrictYaml.Field;
import app.kintsugi.shared.StrictYaml.Mapping;

/**
 * Reads and checks one questionnaire definition file (the format is described in
 * {@code program/questionnaires/README.md}). The YAML is composed into nodes rather than objects, so
 * every problem can name the line it is on; every problem in the file is collected, not just the
 * first, so whoever fixes the file sees all of them at once. Messages name keys and ids, never
 * the texts themselves.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class QuestionnaireLoader {

    /** Ids and subscale names: lower-case words joined by '-' or '_', safe in URLs and form fields. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    public static final int MAX_SLUG = 64;

    private static final Set<String> TOP_KEYS = keys("id", "version", "title", "intro", "scale", "items", "subscales",
            "scoring", "cutoffs", "reliable_change", "higher_is_better", "signals", "about", "source", "licence", "validated", "languages",
            "crisis_items");
    private static final Set<String> SCALE_KEYS = keys("min", "max", "anchors");
    private static final Set<String> ITEM_KEYS = keys("id", "text", "reverse", "scale");
    private static final Set<String> CUTOFF_KEYS = keys("at", "label");
    private static final Set<String> SIGNAL_KEYS = keys("distress_at_least", "distress_weeks", "overwhelmed_at_least");
    private static final Set<String> LANGUAGE_KEYS = new LinkedHashSet<>(ContentLanguages.ALL);

    /**
     * What a file gave: a questionnaire (and its signals, if it has any) or the problems found.
     * {@code idLine} is the line of its id, for messages about the file as a whole.
     */
    public record Loaded(Questionnaire questionnaire, Signals signals, int idLine, List<String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final String file;
    private final boolean builtIn;
    /** The file being read, and every problem found in it. */
    private StrictYaml yaml;
    /** Every item id the file declares, with where, even of items that have problems of their own. */
    private final Map<String, Node> declared = new LinkedHashMap<>();
    /** Subscales naming an item that has problems of its own: their ranges cannot be worked out. */
    private final Set<String> incomplete = new LinkedHashSet<>();
    /**
     * The languages the instrument's own words (introduction, items, anchors) are given in: every
     * language unless the file says {@code languages}, as a validated instrument does when only some
     * of its translations are validated. The project's own words (title, about, cut-off labels) are
     * always in every language.
     */
    private List<String> itemLanguages = ContentLanguages.ALL;

    /**
     * Reads a definition.
     *
     * @param file    the file's name, used in every message
     * @param yaml    the file's text
     * @param builtIn whether the project ships it (only the built-in check-in may carry signals)
     */
    public static Loaded load(String file, String yaml, boolean builtIn) {
        return new QuestionnaireLoader(file, builtIn).load(yaml);
    }

    private Loaded load(String text) {
        yaml = StrictYaml.parse(file, text);
        Mapping top = yaml.top("the definition", TOP_KEYS);
        if (top == null) {
            return failed();
        }
        String id = slug(top, "id", "the questionnaire");
        Integer version = top.required("version", f -> yaml.whole(f.value(), "'version'"));
        if (version != null && version < 1) {
            yaml.problem(top.get("version").value(), "'version' must be 1 or more");
        }
        itemLanguages = languages(top.get("languages"));
        Map<String, String> title = top.required("title", f -> texts(f, "the title", "text", ContentLanguages.ALL));
        Map<String, String> intro = top.required("intro", f -> texts(f, "the introduction", "text", itemLanguages));
        Map<String, String> about = top.get("about") == null ? Map.of() : texts(top.get("about"), "'about'", "text", ContentLanguages.ALL);
        String source = top.optional("source", f -> yaml.text(f.value(), "'source'"), null);
        String licence = top.optional("licence", f -> yaml.text(f.value(), "'licence'"), null);
        Boolean validated = top.optional("validated", f -> yaml.bool(f.value(), "'validated'"), false);
        if (Boolean.TRUE.equals(validated) && (source == null || licence == null)) {
            yaml.problem(top.get("validated").value(), "a validated instrument needs its 'source' and its 'licence'");
        }
        Field scaleField = top.get("scale");
        Scale defaultScale = scaleField == null ? null : scale(scaleField, "the default scale");
        List<Item> items = items(top, scaleField != null, defaultScale);
        Map<String, Item> itemsById = new LinkedHashMap<>();
        items.forEach(i -> itemsById.put(i.id(), i));
        Map<String, List<String>> subscaleItems = subscales(top, itemsById);
        List<Subscale> subscales = scoredSubscales(top, subscaleItems, itemsById);
        Signals signals = signals(top.get("signals"), subscales);
        List<String> crisisItems = crisisItems(top.get("crisis_items"), itemsById.keySet());
        if (builtIn && Questionnaires.WEEKLY.equals(id) && top.get("signals") == null) {
            yaml.problem(top.node(), "'signals' is missing: the weekly check-in needs distress_at_least, distress_weeks and overwhelmed_at_least");
        }
        if (!yaml.ok()) {
            return failed();
        }
        Questionnaire.Provenance provenance = new Questionnaire.Provenance(about == null ? Map.of() : about, source, licence,
                Boolean.TRUE.equals(validated), itemLanguages, crisisItems);
        return new Loaded(new Questionnaire(id, version, title, intro, items, subscales, builtIn, provenance), signals,
                StrictYaml.line(top.get("id").value()), List.of());
    }

    private Loaded failed() {
        return new Loaded(null, null, 0, yaml.problems());
    }

    private List<Item> items(Mapping top, boolean hasDefaultScale, Scale defaultScale) {
        List<Item> items = new ArrayList<>();
        Field field = top.get("items");
        if (field == null) {
            yaml.problem(top.node(), "'items' is missing (a list of the questions)");
            return items;
        }
        List<Node> list = yaml.list(field.value(), "'items'", "item");
        for (int i = 0; list != null && i < list.size(); i++) {
            Node node = list.get(i);
            String named = StrictYaml.peek(node, "id");
            String where = named == null ? "item " + (i + 1) : "item '" + named + "'";
            Mapping item = yaml.mapping(node, node, where, where, ITEM_KEYS);
            if (item == null) {
                continue;
            }
            String id = slug(item, "id", where);
            if (id != null) {
                Node first = declared.putIfAbsent(id, item.get("id").value());
                if (first != null) {
                    yaml.problem(item.get("id").value(), "item '" + id + "' appears twice (first on line " + StrictYaml.line(first) + ")");
                    id = null;
                }
            }
            String name = where;
            Map<String, String> text = item.required("text", f -> texts(f, name, "text", itemLanguages));
            boolean reverse = false;
            if (item.get("reverse") != null) {
                Boolean r = yaml.bool(item.get("reverse").value(), where + ": 'reverse'");
                reverse = Boolean.TRUE.equals(r);
            }
            Scale scale = defaultScale;
            boolean hasScale = hasDefaultScale;
            if (item.get("scale") != null) {
                scale = scale(item.get("scale"), where + ": its scale");
                hasScale = true;
            }
            if (!hasScale) {
                yaml.problem(item.get("id") != null ? item.get("id").value() : node, reverse
                        ? where + " is reverse-keyed but has no scale to reverse it on (give it a 'scale', or the questionnaire a default 'scale')"
                        : where + " has no scale (give it a 'scale', or the questionnaire a default 'scale')");
            }
            if (id != null && text != null && scale != null) {
                items.add(new Item(id, text, reverse, scale));
            }
        }
        return items;
    }

    private Map<String, List<String>> subscales(Mapping top, Map<String, Item> items) {
        Map<String, List<String>> subscales = new LinkedHashMap<>();
        Mapping fields = requiredFields(top, "subscales", "'subscales' is missing (each subscale's name and its list of item ids)");
        if (fields == null) {
            return subscales;
        }
        if (fields.isEmpty()) {
            yaml.problem(fields.named(), "'subscales' needs at least one subscale");
            return subscales;
        }
        Set<String> used = new LinkedHashSet<>();
        for (Field field : fields.fields()) {
            String name = field.name();
            boolean valid = isSlug(name);
            if (!valid) {
                yaml.problem(field.key(), "subscale name '" + name + "' must be lower-case letters and digits joined by '-' or '_'");
            }
            if (!(field.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
                yaml.problem(field.value(), "subscale '" + name + "' must list at least one item id");
                continue;
            }
            List<String> ids = new ArrayList<>();
            Set<String> named = new LinkedHashSet<>();
            for (Node node : list.getValue()) {
                String id = yaml.text(node, "subscale '" + name + "': each entry (an item id)");
                if (id == null) {
                    incomplete.add(name);
                } else if (!named.add(id)) {
                    yaml.problem(node, "subscale '" + name + "' names item '" + id + "' twice");
                } else if (!declared.containsKey(id)) {
                    yaml.problem(node, "subscale '" + name + "' names unknown item '" + id + "'");
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
                yaml.problem(node, "item '" + id + "' is in no subscale");
            }
        });
        return subscales;
    }

    private List<Subscale> scoredSubscales(Mapping top, Map<String, List<String>> subscaleItems, Map<String, Item> items) {
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
                String value = yaml.text(node, "scoring of subscale '" + name + "'");
                if ("sum".equals(value)) {
                    how = Scoring.SUM;
                } else if ("mean".equals(value)) {
                    how = Scoring.MEAN;
                } else if (value != null) {
                    yaml.problem(node, "scoring of subscale '" + name + "' must be sum or mean, not '" + value + "'");
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
                threshold = yaml.number(node, "reliable_change of subscale '" + name + "'");
                if (threshold != null && threshold <= 0) {
                    yaml.problem(node, "reliable_change of subscale '" + name + "' must be more than 0");
                    threshold = null;
                } else if (threshold != null && how != null && complete && threshold > max - min) {
                    yaml.problem(node, "reliable_change of subscale '" + name + "' (" + format(threshold)
                            + ") is more than its whole range (" + range(min, max) + "), so no change could ever count");
                    threshold = null;
                }
            }
            Boolean higherIsBetter = polarity.get(name) == null ? null
                    : yaml.bool(polarity.get(name).value(), "higher_is_better of subscale '" + name + "'");
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
    private Map<String, Field> perSubscale(Mapping top, String key, String expected, Set<String> subscales, boolean everySubscale) {
        Map<String, Field> result = new LinkedHashMap<>();
        Field field = top.get(key);
        if (field == null) {
            if (everySubscale) {
                yaml.problem(top.node(), "'" + key + "' is missing (for each subscale: " + expected + ")");
            }
            return result;
        }
        Mapping fields = yaml.mapping(field.value(), field.key(), "'" + key + "'", "'" + key + "'", null);
        if (fields == null) {
            return result;
        }
        for (Field entry : fields.fields()) {
            if (!subscales.contains(entry.name())) {
                yaml.problem(entry.key(), "'" + key + "' names unknown subscale '" + entry.name() + "'");
            } else {
                result.put(entry.name(), entry);
            }
        }
        if (everySubscale) {
            for (String subscale : subscales) {
                if (!result.containsKey(subscale)) {
                    yaml.problem(field.key(), "subscale '" + subscale + "' has no " + key + " (" + expected + ")");
                }
            }
        }
        return result;
    }

    private List<Cutoff> cutoffs(Field field, String subscale, double min, double max) {
        List<Cutoff> cutoffs = new ArrayList<>();
        if (!(field.value() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            yaml.problem(field.value(), "cut-offs of subscale '" + subscale + "' must be a list of {at, label}");
            return cutoffs;
        }
        Double previous = null;
        for (Node node : list.getValue()) {
            String unnamed = "a cut-off of subscale '" + subscale + "'";
            Mapping cutoff = yaml.mapping(node, node, unnamed, unnamed, CUTOFF_KEYS);
            if (cutoff == null) {
                continue;
            }
            String where = unnamed;
            Double at = cutoff.required("at", f -> yaml.number(f.value(), unnamed + ": 'at'"));
            if (at != null) {
                where = "cut-off " + format(at) + " of subscale '" + subscale + "'";
                if (at < min || at > max) {
                    yaml.problem(cutoff.get("at").value(), where + " is outside its range " + range(min, max));
                    at = null;
                } else if (previous != null && at <= previous) {
                    yaml.problem(cutoff.get("at").value(), where + " must come after " + format(previous)
                            + ": list cut-offs from lowest to highest, each once");
                    at = null;
                } else {
                    previous = at;
                }
            }
            String name = where;
            Map<String, String> label = cutoff.required("label", f -> texts(f, name, "label", ContentLanguages.ALL));
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
            yaml.problem(field.key(), "'signals' are read only from the built-in weekly check-in; remove them from this file");
            return null;
        }
        Mapping fields = yaml.mapping(field.value(), field.key(), "'signals'", "'signals'", SIGNAL_KEYS);
        if (fields == null) {
            return null;
        }
        Double distress = signalThreshold(fields, "distress_at_least", "distress", subscales);
        Integer weeks = fields.required("distress_weeks", f -> yaml.whole(f.value(), "signals: 'distress_weeks'"));
        if (weeks != null && weeks < 1) {
            yaml.problem(fields.get("distress_weeks").value(), "signals: 'distress_weeks' must be 1 or more");
            weeks = null;
        }
        Double overwhelmed = signalThreshold(fields, "overwhelmed_at_least", "overwhelmed", subscales);
        return distress == null || weeks == null || overwhelmed == null ? null : new Signals(distress, weeks, overwhelmed);
    }

    private Double signalThreshold(Mapping fields, String key, String subscaleName, List<Subscale> subscales) {
        Double value = fields.required(key, f -> yaml.number(f.value(), "signals: '" + key + "'"));
        if (value == null) {
            return null;
        }
        Node node = fields.get(key).value();
        Subscale subscale = subscales.stream().filter(s -> s.name().equals(subscaleName)).findFirst().orElse(null);
        if (subscale == null) {
            yaml.problem(node, "signals: '" + key + "' refers to subscale '" + subscaleName + "', which this questionnaire does not have");
            return null;
        }
        if (value < subscale.min() || value > subscale.max()) {
            yaml.problem(node, "signals: '" + key + "' (" + format(value) + ") is outside the range of subscale '" + subscaleName
                    + "' (" + range(subscale.min(), subscale.max()) + ")");
            return null;
        }
        return value;
    }

    private Scale scale(Field field, String where) {
        Mapping scale = yaml.mapping(field.value(), field.key(), where, where, SCALE_KEYS);
        if (scale == null) {
            return null;
        }
        Integer min = scale.required("min", f -> yaml.whole(f.value(), where + ": 'min'"));
        Integer max = scale.required("max", f -> yaml.whole(f.value(), where + ": 'max'"));
        if (min != null && max != null && min >= max) {
            yaml.problem(field.key(), where + ": min (" + min + ") must be less than max (" + max + ")");
            return null;
        }
        Field anchorsField = scale.get("anchors");
        if (anchorsField == null) {
            yaml.problem(field.key(), where + " has no anchors (the words for at least its min and max, in every language)");
            return null;
        }
        Mapping languages = yaml.mapping(anchorsField.value(), anchorsField.key(), where + ": 'anchors'", where + ": 'anchors'", LANGUAGE_KEYS);
        if (languages == null) {
            return null;
        }
        Map<String, Map<Integer, String>> anchors = new LinkedHashMap<>();
        boolean complete = true;
        for (String language : itemLanguages) {
            Field words = languages.get(language);
            if (words == null) {
                yaml.problem(anchorsField.key(), where + " has no " + ContentLanguages.name(language) + " anchors");
                complete = false;
                continue;
            }
            String whose = where + ": the " + ContentLanguages.name(language) + " anchors";
            Mapping points = yaml.mapping(words.value(), words.key(), whose, whose, null);
            if (points == null) {
                complete = false;
                continue;
            }
            Map<Integer, String> named = new LinkedHashMap<>();
            for (Field point : points.fields()) {
                Integer at = yaml.whole(point.key(), whose + ": each key (a point of the scale)");
                String word = yaml.text(point.value(), whose + ": the word for " + point.name());
                if (at != null && min != null && max != null && (at < min || at > max)) {
                    yaml.problem(point.key(), whose + " name " + at + ", which is outside the scale " + min + " to " + max);
                    complete = false;
                } else if (at != null && word != null) {
                    named.put(at, word);
                } else {
                    complete = false;
                }
            }
            for (Integer end : new Integer[] {min, max}) {
                if (end != null && !named.containsKey(end) && points.fields().stream().noneMatch(p -> p.name().equals(String.valueOf(end)))) {
                    yaml.problem(words.key(), where + " has no " + ContentLanguages.name(language) + " anchor for " + end
                            + (end.equals(min) ? " (its min)" : " (its max)"));
                    complete = false;
                }
            }
            anchors.put(language, named);
        }
        if (complete && anchors.size() == itemLanguages.size()) {
            Set<Integer> reference = anchors.get(ContentLanguages.FALLBACK).keySet();
            for (String language : itemLanguages) {
                if (!anchors.get(language).keySet().equals(reference)) {
                    yaml.problem(languages.get(language).key(), where + ": the " + ContentLanguages.name(language) + " anchors name the points "
                            + anchors.get(language).keySet() + ", the English ones " + reference + "; every language needs the same");
                    complete = false;
                }
            }
        }
        return min == null || max == null || !complete ? null : new Scale(min, max, anchors);
    }

    /** Text in every language; {@code noun} is "text" or "label", as in "item 'hope' has no Spanish text". */
    private Map<String, String> texts(Field field, String what, String noun, List<String> required) {
        Mapping languages = yaml.mapping(field.value(), field.key(), what, what, LANGUAGE_KEYS);
        if (languages == null) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : required) {
            Field text = languages.get(language);
            if (text == null) {
                yaml.problem(field.key(), what + " has no " + ContentLanguages.name(language) + " " + noun);
                continue;
            }
            String value = yaml.text(text.value(), what + " in " + ContentLanguages.name(language));
            if (value != null) {
                texts.put(language, value);
            }
        }
        return texts.size() == required.size() ? texts : null;
    }

    /** {@code languages}: some of the content languages, English among them; every language when absent. */
    private List<String> languages(Field field) {
        if (field == null) {
            return ContentLanguages.ALL;
        }
        List<Node> nodes = yaml.list(field.value(), "'languages'", true);
        if (nodes == null) {
            return ContentLanguages.ALL;
        }
        List<String> out = new ArrayList<>();
        for (Node node : nodes) {
            String language = yaml.text(node, "'languages': each entry");
            if (language != null && !ContentLanguages.ALL.contains(language)) {
                yaml.problem(node, "'languages' names '" + language + "'; the content languages are " + ContentLanguages.ALL);
            } else if (language != null && !out.contains(language)) {
                out.add(language);
            }
        }
        if (!out.contains(ContentLanguages.FALLBACK)) {
            yaml.problem(field.value(), "'languages' must include English (en), the language every page falls back to");
            return ContentLanguages.ALL;
        }
        return ContentLanguages.ALL.stream().filter(out::contains).toList();
    }

    /** {@code crisis_items}: ids of items of this file whose answer above their lowest point calls for the safety resources. */
    private List<String> crisisItems(Field field, Set<String> items) {
        if (field == null) {
            return List.of();
        }
        List<Node> nodes = yaml.list(field.value(), "'crisis_items'", true);
        List<String> out = new ArrayList<>();
        if (nodes == null) {
            return out;
        }
        for (Node node : nodes) {
            String id = yaml.text(node, "'crisis_items': each entry (an item id)");
            if (id != null && !declared.containsKey(id)) {
                yaml.problem(node, "'crisis_items' names unknown item '" + id + "'");
            } else if (id != null && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private String slug(Mapping fields, String key, String what) {
        return fields.required(key, f -> {
            String value = yaml.text(f.value(), what + ": '" + key + "'");
            if (value != null && !isSlug(value)) {
                yaml.problem(f.value(), what + ": '" + key + "' must be lower-case letters and digits joined by '-' or '_' (at most "
                        + MAX_SLUG + " characters), like 'kintsugi-weekly'");
                return null;
            }
            return value;
        });
    }

    private Mapping requiredFields(Mapping parent, String key, String missing) {
        Field field = parent.get(key);
        if (field == null) {
            yaml.problem(parent.named(), missing);
            return null;
        }
        return yaml.mapping(field.value(), field.key(), "'" + key + "'", null, null);
    }

    private static boolean isSlug(String value) {
        return value.length() <= MAX_SLUG && SLUG.matcher(value).matches();
    }

    private static String range(double min, double max) {
        return format(min) + " to " + format(max);
    }

    /** 3.0 as "3", 0.75 as "0.75", a third as "1.33". */
    public static String format(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.valueOf(Math.round(value * 100) / 100.0);
    }
}
