package app.kintsugi.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
 * One content file read strictly: the YAML is composed into nodes rather than objects, so every
 * problem names the line it is on ({@code "<file> line <n>: <message>"}, lines counted from 1), and
 * every problem is collected rather than only the first, so whoever fixes the file sees all of them
 * at once. Keys are refused when repeated or not expected, values when they have the wrong type.
 *
 * <p>The caller walks the file with {@link #mapping}, {@link #list} and the typed readers, adds its
 * own rules with {@link #problem(Node, String)}, and at the end asks {@link #problems()}: in the
 * order of the file. Messages name keys and positions, never the texts themselves, except where a
 * caller chooses to quote them.
 */
public final class StrictYaml {

    /** A key and its value in a mapping. */
    public record Field(ScalarNode key, Node value) {

        public String name() {
            return key.getValue();
        }
    }

    /**
     * A mapping's fields by key, in the order of the file. {@code named} is where the mapping is
     * named (its key, or itself): the line a missing key is reported on. {@code context} says whose
     * keys they are in messages (null at the top of a file).
     */
    public final class Mapping {

        private final Node node;
        private final Node named;
        private final String context;
        private final Map<String, Field> fields;

        private Mapping(Node node, Node named, String context, Map<String, Field> fields) {
            this.node = node;
            this.named = named;
            this.context = context;
            this.fields = fields;
        }

        public Node node() {
            return node;
        }

        public Node named() {
            return named;
        }

        public String context() {
            return context;
        }

        /** The field with this key, or null when the file does not have it. */
        public Field get(String key) {
            return fields.get(key);
        }

        public boolean has(String key) {
            return fields.containsKey(key);
        }

        /** Every accepted field, in the order of the file. */
        public Collection<Field> fields() {
            return fields.values();
        }

        public boolean isEmpty() {
            return fields.isEmpty();
        }

        /**
         * The value of a key the mapping must have, read by {@code read}; null, with the problem
         * "'key' is missing" on the line the mapping is named, when it has not.
         */
        public <T> T required(String key, Function<Field, T> read) {
            Field field = fields.get(key);
            if (field == null) {
                problem(named, prefix(context) + "'" + key + "' is missing");
                return null;
            }
            return read.apply(field);
        }

        /** The value of a key the mapping may have, read by {@code read}; {@code absent} when it has not. */
        public <T> T optional(String key, Function<Field, T> read, T absent) {
            Field field = fields.get(key);
            return field == null ? absent : read.apply(field);
        }

        /** A required {@link StrictYaml#text text}, named in messages as {@code context: 'key'}. */
        public String requiredText(String key) {
            return required(key, f -> text(f.value(), where(key)));
        }

        /** An optional {@link StrictYaml#text text}; null when the key is not there. */
        public String optionalText(String key) {
            return optional(key, f -> text(f.value(), where(key)), null);
        }

        /** How a key of this mapping is named in messages: {@code context: 'key'}. */
        public String where(String key) {
            return prefix(context) + "'" + key + "'";
        }
    }

    private record Problem(int line, String text) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private boolean unreadable;
    private final Node root;

    private StrictYaml(String file, String text) {
        this.file = file;
        this.root = compose(text);
    }

    /** A file that could not be read at all: its one problem has no line. */
    private StrictYaml(String file, String problem, boolean unread) {
        this.file = file;
        this.root = null;
        this.unreadable = unread;
        problems.add(new Problem(0, file + ": " + problem));
    }

    /**
     * Parses a file's text. A syntax error is not thrown: it is the first problem, and {@link #root()}
     * is then null.
     *
     * @param file the file's name, at the start of every message
     * @param text the file's text
     */
    public static StrictYaml parse(String file, String text) {
        return new StrictYaml(file, text);
    }

    /**
     * Reads and parses a UTF-8 file on the classpath. A file that is not there ("not found on the
     * classpath") or cannot be read is not thrown: it is the only problem, and {@link #root()} is null.
     */
    public static StrictYaml fromClasspath(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return new StrictYaml(resource, "not found on the classpath", true);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new StrictYaml(resource, "cannot be read: " + e.getMessage(), true);
        }
    }

    private Node compose(String text) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            int line = mark != null ? mark.getLine() + 1 : 0;
            problems.add(new Problem(line, file + (line > 0 ? " line " + line : "") + ": not valid YAML: " + problem));
        } catch (YAMLException e) {
            problems.add(new Problem(0, file + ": not valid YAML: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
        unreadable = true;
        return null;
    }

    public String file() {
        return file;
    }

    /** The document's node: null when the file is empty or is not valid YAML. */
    public Node root() {
        return root;
    }

    /** Whether the file was read and is valid YAML (it may still be empty). */
    public boolean valid() {
        return !unreadable;
    }

    /**
     * The top of the file as a mapping with only the {@code allowed} keys (any key when null); null,
     * with a problem, when the file is not valid YAML, is empty ("the file is empty", on line 1) or
     * holds something else. {@code what} names the file's content in messages ("the definition").
     */
    public Mapping top(String what, Set<String> allowed) {
        if (root == null) {
            if (valid()) {
                problem(1, "the file is empty");
            }
            return null;
        }
        return mapping(root, root, what, null, allowed);
    }

    /**
     * The fields of a mapping, refusing keys that are not plain words, repeated, or (when
     * {@code allowed} is given) not allowed; null, with the problem "{@code what} must be a mapping of
     * keys to values", when the node is not a mapping.
     *
     * @param named   where the mapping is named: the line a missing key is reported on
     * @param context whose keys they are, at the start of messages about them (null at the top)
     */
    public Mapping mapping(Node node, Node named, String what, String context, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of keys to values");
            return null;
        }
        String prefix = prefix(context);
        Map<String, Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), prefix + "a key must be a plain word");
                continue;
            }
            Field earlier = fields.get(key.getValue());
            if (earlier != null) {
                problem(key, prefix + "'" + key.getValue() + "' appears twice (first on line " + line(earlier.key()) + ")");
                continue;
            }
            if (allowed != null && !allowed.contains(key.getValue())) {
                problem(key, prefix + "unknown key '" + key.getValue() + "' (expected " + String.join(", ", allowed) + ")");
                continue;
            }
            fields.put(key.getValue(), new Field(key, tuple.getValueNode()));
        }
        return new Mapping(node, named, context, fields);
    }

    /** The value of a field as a mapping whose keys it names in messages as {@code 'key'}. */
    public Mapping mapping(Field field, Set<String> allowed) {
        String what = "'" + field.name() + "'";
        return mapping(field.value(), field.key(), what, what, allowed);
    }

    /**
     * The entries of a list; null, with the problem "{@code what} must be a list" (with "with at least
     * one entry" when {@code atLeastOne}), when the node is not one or is empty though it may not be.
     */
    public List<Node> list(Node node, String what, boolean atLeastOne) {
        return list(node, what, atLeastOne ? "entry" : null);
    }

    /**
     * The entries of a list that needs at least one {@code entry} ("region"); null, with the problem
     * "{@code what} must be a list with at least one {@code entry}", when the node is not a list or is
     * empty. With {@code entry} null the list may be empty, and the problem is "must be a list".
     */
    public List<Node> list(Node node, String what, String entry) {
        if (node instanceof SequenceNode list && (entry == null || !list.getValue().isEmpty())) {
            return list.getValue();
        }
        problem(node, what + " must be a list" + (entry != null ? " with at least one " + entry : ""));
        return null;
    }

    /**
     * A text, without the spaces around it. YAML 1.1 reads a plain Yes, No, On or Off as true or false;
     * as a text they are meant as words, so they are taken as written. A number, a list or nothing where
     * a text belongs is more likely a slip: "must be text"; a blank text: "is empty".
     */
    public String text(Node node, String what) {
        if (isText(node)) {
            String value = ((ScalarNode) node).getValue();
            if (!value.isBlank()) {
                return value.strip();
            }
            problem(node, what + " is empty");
            return null;
        }
        problem(node, what + " must be text");
        return null;
    }

    /**
     * A text where numbers are texts too ("112" is a name and a phone number), without the spaces
     * around it. Nothing or a blank text: "is empty"; a list or a mapping: "must be text".
     */
    public String textOrNumber(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            if (!scalar.getValue().isBlank()) {
                return scalar.getValue().strip();
            }
        } else if (!(node instanceof ScalarNode)) {
            problem(node, what + " must be text");
            return null;
        }
        problem(node, what + " is empty");
        return null;
    }

    /**
     * A text exactly as written, spaces included, and possibly empty: for patterns and replacements,
     * where a space can matter. Anything but a text: "must be text".
     */
    public String string(Node node, String what) {
        if (isText(node)) {
            return ((ScalarNode) node).getValue();
        }
        problem(node, what + " must be text");
        return null;
    }

    private static boolean isText(Node node) {
        return node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.STR) || scalar.getTag().equals(Tag.BOOL));
    }

    /** A whole number that fits an int; anything else: "must be a whole number". */
    public Integer whole(Node node, String what) {
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

    /** A finite number, whole or not; anything else: "must be a number". */
    public Double number(Node node, String what) {
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

    /** true or false; anything else (yes and no too): "must be true or false". */
    public Boolean bool(Node node, String what) {
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

    /**
     * The text of a plain key in a mapping before the mapping is checked, to name it in messages
     * ("item 'hope'" rather than "item 3"); null when there is none.
     */
    public static String peek(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                        && tuple.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                    return v.getValue().strip();
                }
            }
        }
        return null;
    }

    /** A problem on the line the node starts on. */
    public void problem(Node at, String message) {
        problem(line(at), message);
    }

    /** A problem on a line (1-based). */
    public void problem(int line, String message) {
        problems.add(new Problem(line, file + " line " + line + ": " + message));
    }

    /** Whether nothing is wrong so far. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * Stops when anything is wrong: throws an {@link IllegalStateException} whose message is
     * {@code heading} (when not null) and every problem, one a line.
     */
    public void throwIfBroken(String heading) {
        if (!ok()) {
            throw new IllegalStateException((heading == null ? "" : heading + "\n  ") + String.join("\n  ", problems()));
        }
    }

    /** Every problem found so far, in the order of the file (in the order found, on one line). */
    public List<String> problems() {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::text).toList();
    }

    /** The keys a mapping may have, in the order messages list them ("expected id, text"). */
    public static Set<String> keys(String... keys) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }

    /** The line (1-based) a node starts on. */
    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static String prefix(String context) {
        return context == null ? "" : context + ": ";
    }
}
