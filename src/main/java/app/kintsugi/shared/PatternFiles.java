package app.kintsugi.shared;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import app.kintsugi.shared.StrictYaml.Field;
import app.kintsugi.shared.StrictYaml.Mapping;

/**
 * The parts the detectors' pattern files (tone, apology, question detail) have in common, read
 * through {@link StrictYaml}: regular expressions, compiled as {@link Folding#compile} does, and
 * sections that map each kind a detector finds to its list of them. Every problem names the line and
 * the key ({@code 'patterns.CRITICISM[2]'}) and quotes the pattern; patterns are the project's
 * content, never a person's text.
 */
public final class PatternFiles {

    /** A pattern that is not refused for reasons of a detector's own: see {@link #compile}. */
    public static final Function<String, String> ANY = regex -> null;

    private PatternFiles() {
    }

    /**
     * One regular expression, folded and compiled; null, with a problem, when it is not a non-empty
     * text, does not compile, matches an empty text, or {@code refuse} gives a reason against it (a
     * phrase completing "has …", such as "an unbounded gap; bound it").
     *
     * @param at the key it is under, as {@code patterns.CRITICISM[2]}
     */
    public static Pattern compile(StrictYaml yaml, Node node, String at, Function<String, String> refuse) {
        String regex = yaml.string(node, "'" + at + "'");
        if (regex == null) {
            return null;
        }
        if (regex.isBlank()) {
            yaml.problem(node, "'" + at + "' must be a non-empty string");
            return null;
        }
        String shown = "'" + at + "' ('" + regex + "')";
        try {
            Pattern pattern = Folding.compile(regex);
            if (pattern.matcher("").matches()) {
                yaml.problem(node, shown + " matches an empty text");
                return null;
            }
            String reason = refuse.apply(regex);
            if (reason != null) {
                yaml.problem(node, shown + " has " + reason);
                return null;
            }
            return pattern;
        } catch (PatternSyntaxException e) {
            yaml.problem(node, shown + " is not a valid regular expression: " + e.getDescription() + " near index "
                    + e.getIndex());
            return null;
        }
    }

    /** A list of regular expressions under {@code at}; it may be empty. */
    public static List<Pattern> list(StrictYaml yaml, Field field, String at, Function<String, String> refuse) {
        List<Pattern> compiled = new ArrayList<>();
        List<Node> regexes = yaml.list(field.value(), "'" + at + "'", false);
        for (int i = 0; regexes != null && i < regexes.size(); i++) {
            Pattern pattern = compile(yaml, regexes.get(i), at + "[" + i + "]", refuse);
            if (pattern != null) {
                compiled.add(pattern);
            }
        }
        return List.copyOf(compiled);
    }

    /**
     * A section of a pattern file: a mapping from the names of {@code kinds} to lists of at least one
     * regular expression. Every kind is in the result, with no patterns when the section does not list
     * it or is broken. With {@code everyKind} the section must be there and list every kind; otherwise
     * it may be left out and list only some.
     *
     * @param name the section's key in {@code top}, such as {@code patterns} or {@code except}
     */
    public static <E extends Enum<E>> Map<E, List<Pattern>> section(StrictYaml yaml, Mapping top, String name, Class<E> kinds,
            boolean everyKind, Function<String, String> refuse) {
        Map<E, List<Pattern>> result = new EnumMap<>(kinds);
        Set<String> known = new LinkedHashSet<>();
        for (E kind : kinds.getEnumConstants()) {
            known.add(kind.name());
            result.put(kind, List.of());
        }
        Field field = top.get(name);
        if (field == null && !everyKind) {
            return result;
        }
        Node where = field == null ? top.node() : field.value();
        Mapping section = field == null ? null
                : yaml.mapping(field.value(), field.key(), "'" + name + "'", "'" + name + "'", known);
        if (section == null) {
            if (field == null) {
                yaml.problem(where, "'" + name + "' must be a mapping from each of " + known + " to a list of patterns");
            }
            return result;
        }
        for (E kind : kinds.getEnumConstants()) {
            String at = name + "." + kind.name();
            Field patterns = section.get(kind.name());
            if (patterns == null && everyKind) {
                yaml.problem(field.key(), "'" + at + "' needs a list with at least one pattern");
            } else if (patterns != null && !(patterns.value() instanceof SequenceNode list && !list.getValue().isEmpty())) {
                yaml.problem(patterns.value(), "'" + at + "' needs a list with at least one pattern");
            } else if (patterns != null) {
                result.put(kind, list(yaml, patterns, at, refuse));
            }
        }
        return result;
    }
}
