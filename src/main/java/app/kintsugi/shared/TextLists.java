package app.kintsugi.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import app.kintsugi.shared.StrictYaml.Mapping;

/**
 * A content file that is one list of short texts, each with an id (the weekly appreciation prompts'
 * {@code prompts}, the default ground rules' {@code rules}), given once per language and read through
 * {@link StrictYaml}. Every language must list the same ids in the same order, so the text of an id,
 * or of a place in the list, is the same text in every language. A broken file stops the start with
 * every problem of that file, each with its line.
 */
public final class TextLists {

    /** One entry of a list: its id and its text, without the spaces around them. */
    public record Entry(String id, String text) {
    }

    /**
     * How many entries a list may have and how long a text may be; {@code tooLong} ends the message
     * about a text that is longer ("a prompt is one short line").
     */
    public record Limits(int min, int max, int maxLength, String tooLong) {

        /** At least one entry, of any length. */
        public static final Limits ANY = new Limits(1, Integer.MAX_VALUE, Integer.MAX_VALUE, null);
    }

    private static final Set<String> ENTRY_KEYS = StrictYaml.keys("id", "text");

    private record Read(StrictYaml yaml, Node list, List<Entry> entries, List<Node> ids) {
    }

    private TextLists() {
    }

    /**
     * Reads the list under {@code key} in each language's file.
     *
     * @param pattern   where the files are on the classpath, with {@code %s} for the language
     * @param languages the languages; the first is the one the others are compared with
     * @param key       the list's key, which also names its entries in messages ("prompts")
     * @return each language's entries, in the order of its file
     * @throws IllegalStateException naming the file, the line and every problem, when a file is missing
     *                               or broken, or lists other ids than the first language's file
     */
    public static Map<String, List<Entry>> read(String pattern, List<String> languages, String key, Limits limits) {
        Map<String, Read> read = new LinkedHashMap<>();
        for (String language : languages) {
            read.put(language, read(pattern.formatted(language), key, limits));
        }
        String first = languages.getFirst();
        List<String> reference = ids(read.get(first).entries());
        read.forEach((language, file) -> {
            List<String> ids = ids(file.entries());
            if (!ids.equals(reference)) {
                int differs = 0;
                while (differs < ids.size() && differs < reference.size() && ids.get(differs).equals(reference.get(differs))) {
                    differs++;
                }
                Node at = differs < file.ids().size() ? file.ids().get(differs) : file.list();
                file.yaml().problem(at, "lists the " + key + " " + ids + " but " + pattern.formatted(first) + " lists " + reference
                        + "; every language needs the same " + key + " in the same order");
                file.yaml().throwIfBroken(null);
            }
        });
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        read.forEach((language, file) -> entries.put(language, file.entries()));
        return Map.copyOf(entries);
    }

    private static Read read(String file, String key, Limits limits) {
        StrictYaml yaml = StrictYaml.fromClasspath(TextLists.class.getClassLoader(), file);
        Mapping top = yaml.top("the file", Set.of(key));
        List<Node> list = top == null ? null : top.required(key, f -> yaml.list(f.value(), "'" + key + "'", true));
        List<Entry> entries = new ArrayList<>();
        List<Node> idNodes = new ArrayList<>();
        if (list != null && (list.size() < limits.min() || list.size() > limits.max())) {
            yaml.problem(top.get(key).key(), "'" + key + "' has " + list.size() + " " + key + "; it needs between " + limits.min()
                    + " and " + limits.max());
        } else if (list != null) {
            Map<String, Node> ids = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String where = "'" + key + "[" + i + "]'";
                Mapping entry = yaml.mapping(list.get(i), list.get(i), where, where, ENTRY_KEYS);
                String id = entry == null ? null : entry.requiredText("id");
                String text = entry == null ? null : entry.requiredText("text");
                if (id != null && ids.putIfAbsent(id, entry.get("id").value()) != null) {
                    yaml.problem(entry.get("id").value(), where + " repeats the id '" + id + "' (first on line "
                            + StrictYaml.line(ids.get(id)) + ")");
                } else if (text != null && text.length() > limits.maxLength()) {
                    yaml.problem(entry.get("text").value(), where + ": 'text' is longer than " + limits.maxLength()
                            + " characters; " + limits.tooLong());
                } else if (id != null && text != null) {
                    entries.add(new Entry(id, text));
                    idNodes.add(entry.get("id").value());
                }
            }
        }
        yaml.throwIfBroken(null);
        return new Read(yaml, top == null ? null : top.get(key).key(), List.copyOf(entries), idNodes);
    }

    private static List<String> ids(List<Entry> entries) {
        return entries.stream().map(Entry::id).toList();
    }
}
