package app.kintsugi.shared;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The matching the detectors (tone, apology, question detail) share: each kind they find has its
 * regular expressions, and perhaps except patterns; a text is folded (see {@link Folding}) and every
 * pattern is tried on it. The detectors keep only their own kinds, patterns and what they make of the
 * spans found. Deterministic and plain Java; safe to share between threads.
 *
 * <ul>
 * <li>A match marks the characters it covers; a pattern may instead mark only its named group
 * {@code hit}. Characters that {@code trimmed} names (spaces, clause punctuation) at either end of a
 * match are left out of its span, and a match left empty by that is dropped.</li>
 * <li>A match that overlaps a match of one of its kind's except patterns is dropped.</li>
 * <li>Overlapping matches of one kind are then {@link Overlaps#MERGE merged} into one span covering
 * them all, or only the first of them is {@link Overlaps#KEEP_FIRST kept} (earliest, then longest).</li>
 * <li>Each pattern is tried only where its match can start, worked out once per pattern (see
 * {@link Rule}): the same matches as {@link Matcher#find()} would give, several times faster on a
 * long text.</li>
 * </ul>
 *
 * @param <K> the kinds a detector finds
 */
public final class PatternEngine<K extends Enum<K>> {

    /** What one kind's overlapping matches become. */
    public enum Overlaps {
        /** One span covering all of them ("Oh great" and "great, another" are one flag). */
        MERGE,
        /** The earliest (and among those the longest); the others are the same finding. */
        KEEP_FIRST
    }

    /** Where a kind was found: [start, end) in the text, never empty. */
    public record Span<K>(K kind, int start, int end) {

        /** The words of {@code source} the span covers. */
        public String words(String source) {
            return source.substring(start, end);
        }
    }

    /** Spaces and clause punctuation (, ; :): not part of the words a match shows, at either end. */
    public static final IntPredicate SPACES_AND_CLAUSE_MARKS = c -> Character.isWhitespace(c) || c == ',' || c == ';' || c == ':';

    /** After folding, nearly all of a text is ASCII: those characters are screened from a table. */
    private static final int ASCII = 0x80;

    /**
     * A compiled pattern and the ASCII characters a match can start with, worked out once so a text is
     * only tried where a match can begin (other characters are screened by {@link #startingWith(int)}).
     * Matches are the same as {@link Matcher#find()} would give.
     *
     * @param screened false for a pattern tried at every character: one that looks back for more than
     *                 a start, a space or a letter before its first character, or that names characters
     *                 by script, block, range or code (its start cannot be told from a character's class)
     */
    private record Rule<K>(K kind, boolean except, Pattern pattern, boolean hasHit, boolean screened, BitSet ascii) {

        private static final Pattern UNSCREENABLE = Pattern.compile(
                "\\\\p\\{(?:Is|In|sc|blk|script|block)|\\\\[xuN0]|[^\\x00-\\x7F]-|-[^\\x00-\\x7F]");

        static <K> Rule<K> of(K kind, boolean except, Pattern pattern) {
            String covered = pattern.pattern().replace("(?<=^|\\s)", "").replace("(?<=^|[\\s(])", "")
                    .replace("(?<=^|[\\s¿¡(])", "").replace("(?<=\\p{L})", "");
            boolean screened = !covered.contains("(?<=") && !UNSCREENABLE.matcher(pattern.pattern()).find();
            BitSet ascii = new BitSet(ASCII);
            for (char c = 0; c < ASCII; c++) {
                if (!screened || Folding.mayStartWith(pattern, String.valueOf(c))) {
                    ascii.set(c);
                }
            }
            return new Rule<>(kind, except, pattern, pattern.namedGroups().containsKey("hit"), screened, ascii);
        }

        /** The same rule tried at every character. */
        Rule<K> unscreened() {
            BitSet all = new BitSet(ASCII);
            all.set(0, ASCII);
            return new Rule<>(kind, except, pattern, hasHit, false, all);
        }

        /** Whether this rule may match from {@code codePoint} (given as a string). */
        boolean mayStartWith(String codePoint) {
            return !screened || Folding.mayStartWith(pattern, codePoint);
        }
    }

    private final Class<K> kinds;
    private final IntPredicate trimmed;
    private final Overlaps overlaps;
    /** Every pattern and except pattern; a rule's place here is its index in the tables below. */
    private final List<Rule<K>> rules;
    /** For each ASCII character, the indices of the rules a match may start with. */
    private final int[][] startingWithAscii;
    /** The same for other characters, by {@link #screenKey(int)}, filled as characters are met. */
    private final Map<Long, int[]> startingWithOther = new ConcurrentHashMap<>();
    /** Non-ASCII characters named in a pattern, with their case variants: these are screened one by one. */
    private final Set<Integer> named;

    /**
     * @param kinds    the kinds, in the order spans that start together are listed
     * @param patterns each kind's patterns (compiled with {@link Folding#compile})
     * @param except   each kind's except patterns; a kind may have none
     * @param trimmed  the characters left out at either end of a match
     * @param overlaps what one kind's overlapping matches become
     */
    public PatternEngine(Class<K> kinds, Map<K, List<Pattern>> patterns, Map<K, List<Pattern>> except,
            IntPredicate trimmed, Overlaps overlaps) {
        this(kinds, rules(kinds, patterns, except), trimmed, overlaps);
    }

    private PatternEngine(Class<K> kinds, List<Rule<K>> rules, IntPredicate trimmed, Overlaps overlaps) {
        this.kinds = Objects.requireNonNull(kinds);
        this.trimmed = Objects.requireNonNull(trimmed);
        this.overlaps = Objects.requireNonNull(overlaps);
        this.rules = List.copyOf(rules);
        this.startingWithAscii = new int[ASCII][];
        for (char c = 0; c < ASCII; c++) {
            char ch = c;
            startingWithAscii[c] = IntStream.range(0, rules.size()).filter(i -> rules.get(i).ascii().get(ch)).toArray();
        }
        Set<Integer> names = new HashSet<>();
        for (Rule<K> rule : rules) {
            rule.pattern().pattern().codePoints().filter(cp -> cp >= ASCII).forEach(cp -> {
                names.add(cp);
                names.add(Character.toLowerCase(cp));
                names.add(Character.toUpperCase(cp));
                names.add(Character.toTitleCase(cp));
            });
        }
        this.named = Set.copyOf(names);
    }

    private static <K extends Enum<K>> List<Rule<K>> rules(Class<K> kinds, Map<K, List<Pattern>> patterns,
            Map<K, List<Pattern>> except) {
        List<Rule<K>> rules = new ArrayList<>();
        for (K kind : kinds.getEnumConstants()) {
            patterns.getOrDefault(kind, List.of()).forEach(p -> rules.add(Rule.of(kind, false, p)));
        }
        for (K kind : kinds.getEnumConstants()) {
            except.getOrDefault(kind, List.of()).forEach(p -> rules.add(Rule.of(kind, true, p)));
        }
        return rules;
    }

    /** The same engine trying every pattern at every character: slower, for checking that screening changes nothing. */
    public PatternEngine<K> unscreened() {
        return new PatternEngine<>(kinds, rules.stream().map(Rule::unscreened).toList(), trimmed, overlaps);
    }

    /** The spans found in {@code source}, by start and then kind; {@code folded} is {@code Folding.fold(source)}. */
    public List<Span<K>> find(String source, String folded) {
        List<List<int[]>> matched = scan(source, folded);
        List<Span<K>> all = new ArrayList<>();
        for (K kind : kinds.getEnumConstants()) {
            List<int[]> excepted = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).kind() == kind) {
                    (rules.get(r).except() ? excepted : spans).addAll(matched.get(r));
                }
            }
            spans.removeIf(span -> excepted.stream().anyMatch(e -> e[0] < span[1] && span[0] < e[1]));
            spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
            int start = -1;
            int end = -1;
            for (int[] span : spans) {
                if (start >= 0 && span[0] < end) {
                    if (overlaps == Overlaps.MERGE) {
                        end = Math.max(end, span[1]);
                    }
                    continue;
                }
                if (start >= 0) {
                    all.add(new Span<>(kind, start, end));
                }
                start = span[0];
                end = span[1];
            }
            if (start >= 0) {
                all.add(new Span<>(kind, start, end));
            }
        }
        all.sort(Comparator.<Span<K>>comparingInt(Span::start).thenComparing(Span::kind));
        return all;
    }

    /**
     * The trimmed spans each rule matches, found as {@link Matcher#find()} would (left to right, going
     * on after each match) but trying a rule only where its match can start.
     */
    private List<List<int[]>> scan(String source, String folded) {
        int length = folded.length();
        Matcher[] matchers = new Matcher[rules.size()];
        int[] next = new int[rules.size()];
        List<List<int[]>> matched = new ArrayList<>(rules.size());
        for (int r = 0; r < rules.size(); r++) {
            matched.add(new ArrayList<>());
        }
        for (int at = 0; at < length; at++) {
            char c = folded.charAt(at);
            int[] candidates = c < ASCII ? startingWithAscii[c]
                    : startingWith(Character.isLowSurrogate(c) ? c : folded.codePointAt(at));
            for (int r : candidates) {
                if (at < next[r]) {
                    continue;
                }
                Rule<K> rule = rules.get(r);
                Matcher m = matchers[r];
                if (m == null) {
                    m = rule.pattern().matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[r] = m;
                }
                m.region(at, length);
                if (!m.lookingAt()) {
                    continue;
                }
                next[r] = Math.max(at + 1, m.end());
                int start = m.start();
                int end = m.end();
                if (rule.hasHit() && m.start("hit") >= 0) {
                    start = m.start("hit");
                    end = m.end("hit");
                }
                while (end > start && trimmed.test(source.charAt(end - 1))) {
                    end--;
                }
                while (start < end && trimmed.test(source.charAt(start))) {
                    start++;
                }
                if (end > start) {
                    matched.get(r).add(new int[] {start, end});
                }
            }
        }
        return matched;
    }

    /** The indices of the rules a match may start with at {@code codePoint}. */
    private int[] startingWith(int codePoint) {
        if (codePoint < ASCII) {
            return startingWithAscii[codePoint];
        }
        return startingWithOther.computeIfAbsent(screenKey(codePoint), key -> {
            String first = new String(Character.toChars(codePoint));
            return IntStream.range(0, rules.size()).filter(i -> rules.get(i).mayStartWith(first)).toArray();
        });
    }

    /**
     * Characters with the same key are alike to every screened pattern: the key is the character itself
     * when a pattern names it (or it matches an ASCII letter when case is ignored), and otherwise what a
     * regular expression can tell about it: its general category, whether it is alphabetic (\w), a
     * joiner (\w), white space (\s) or a line end.
     */
    private long screenKey(int cp) {
        int[] cases = {cp, Character.toLowerCase(cp), Character.toUpperCase(cp), Character.toTitleCase(cp)};
        for (int variant : cases) {
            if (variant < ASCII || named.contains(variant)) {
                return cp;
            }
        }
        int flags = (Character.isAlphabetic(cp) ? 1 : 0) | (cp == 0x200C || cp == 0x200D ? 2 : 0)
                | (whiteSpace(cp) ? 4 : 0) | (cp == 0x85 || cp == 0x2028 || cp == 0x2029 ? 8 : 0)
                | (Character.isSupplementaryCodePoint(cp) ? 16 : 0);
        return (1L << 40) | ((long) Character.getType(cp) << 8) | flags;
    }

    /** Unicode White_Space, which is what \s means with Unicode character classes. */
    private static boolean whiteSpace(int cp) {
        return (cp >= 0x9 && cp <= 0xD) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
                || cp == 0x3000;
    }
}
