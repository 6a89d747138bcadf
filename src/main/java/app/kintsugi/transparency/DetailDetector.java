package app.kintsugi.transparency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import app.kintsugi.shared.Folding;
import app.kintsugi.shared.PatternFiles;
import app.kintsugi.shared.StrictYaml;
import app.kintsugi.shared.StrictYaml.Mapping;
import app.kintsugi.transparency.DetailAnalysis.Found;

/**
 * Finds the passages of a question-box question that ask for graphic or comparing detail (see
 * {@link DetailCategory}), with language-specific regular expressions read from
 * {@code program/transparency/detail_<lang>.yaml}. What it finds is for gentle guidance while the
 * question is written, never for blocking it. Deterministic and plain Java: no Spring, no model,
 * nothing stored or logged, safe to share between threads.
 *
 * <p>How a text is read:
 * <ul>
 * <li>Text and patterns are both folded one character for one character before matching (see
 * {@link Folding}): accented letters lose their accents ("¿cuántas veces?" and "cuantas veces"
 * read alike) and curly apostrophes become straight ones. Offsets therefore stay those of the
 * original text.</li>
 * <li>Every regex is compiled case-insensitively with Unicode classes. A match marks the words it
 * covers; a regex may instead mark only its named group {@code hit}.</li>
 * <li>A match that overlaps a match of one of its category's {@code except} patterns is dropped:
 * that is how health and safety questions ("how many times did you have unprotected sex") stay
 * calm. A question about whether something happened, why, how long, who knows, or what it meant is
 * calm because no pattern asks about it.</li>
 * <li>Overlapping matches of the same category are one passage covering all of them. Spaces and
 * punctuation at the ends of a match ("¿", "?", ",") are left out of its span.</li>
 * <li>Each pattern is tried only where its match can start (see {@link Rule}), which gives the same
 * matches as trying every position, several times faster.</li>
 * </ul>
 *
 * <p>A pattern file is checked strictly when it is loaded, and every problem is reported at once
 * with the file and the key: unknown keys or categories, a category without patterns, a regex that
 * does not compile, matches an empty text, or has an unbounded gap ({@code .*}, {@code [^.]+},
 * {@code {1,}}). Bounded gaps and the screening above keep a 20,000-character text to a few
 * milliseconds.
 */
public final class DetailDetector {

    private static final List<String> LANGUAGES = List.of("en", "es");
    private static final String FALLBACK = "en";
    private static final String RESOURCE = "program/transparency/detail_%s.yaml";
    private static final Set<String> TOP_KEYS = new LinkedHashSet<>(List.of("patterns", "except"));
    /** ".*", ".+" (also lazy), a negated class repeated without limit, or "{n,}". */
    private static final Pattern UNBOUNDED_GAP = Pattern.compile(
            "(?<!\\\\)\\.[*+]|\\[\\^(?:\\\\.|[^\\]\\\\])*][*+]|\\{\\d*,}");
    private static final Map<String, DetailDetector> LOADED = new ConcurrentHashMap<>();
    /** After folding, nearly all of a text is ASCII: those characters are screened from a table. */
    private static final int ASCII = 0x80;
    /** Long s, Kelvin sign, capital I with dot and dotless i: they match s, k and i when case is ignored. */
    private static final String CASE_PARTNERS = "\u017F\u212A\u0130\u0131";

    /**
     * A compiled pattern and the characters a match of it can start with (see
     * {@link Folding#mayStartWith}), worked out once so a text is only tried where a match can begin.
     * Trying every pattern at every position of a 20,000-character text takes several times longer.
     * Matches are the same as {@link Matcher#find()} would give.
     *
     * <p>{@code ascii} holds each ASCII character, {@code partners} each of {@link #CASE_PARTNERS}
     * (the characters beyond ASCII that match an ASCII letter when case is ignored) and {@code other}
     * all other characters at once. Those are told apart only by what a regular expression can see in
     * them (letter, mark, digit, space, line end, punctuation, symbol, surrogate), so one of each, in
     * {@link #OTHERS}, stands for all. That holds unless a pattern names characters beyond ASCII
     * itself (literally, by property or by code) or has a positive lookbehind (its start then depends
     * on more than the character before): such a rule is tried at every character beyond ASCII, or
     * for a lookbehind, everywhere.
     */
    record Rule(DetailCategory category, boolean except, Pattern pattern, boolean hasHit, boolean[] ascii,
            boolean[] partners, boolean other) {

        private static final Pattern NAMES_OTHERS = Pattern.compile("[^\\x00-\\x7F]|\\\\[pPxuN0]");
        /**
         * One character of each kind a pattern can tell apart: letters (Cyrillic, Han, ß, title case,
         * a letter number), marks, digits, connectors and joiners, spaces and line ends, punctuation,
         * symbols and surrogates.
         */
        private static final List<String> OTHERS = List.of("я", "中", "ß", "\u01C5", "\u2160", "\u0300", "\u0903",
                "\u0660", "\u00B2", "\u203F", "\u200D", "\u00A0", "\u3000", "\u0085", "\u2028", "¿", "¡", "«",
                "\u201C", "…", "\u2014", "€", "😀", "\uD83D", "\uDE00");

        static Rule of(DetailCategory category, boolean except, Pattern pattern) {
            boolean screened = !pattern.pattern().contains("(?<=");
            boolean[] ascii = new boolean[ASCII];
            for (char c = 0; c < ASCII; c++) {
                ascii[c] = !screened || Folding.mayStartWith(pattern, String.valueOf(c));
            }
            boolean[] partners = new boolean[CASE_PARTNERS.length()];
            for (int i = 0; i < partners.length; i++) {
                partners[i] = !screened || Folding.mayStartWith(pattern, CASE_PARTNERS.substring(i, i + 1));
            }
            boolean other = !screened || NAMES_OTHERS.matcher(pattern.pattern()).find()
                    || OTHERS.stream().anyMatch(c -> Folding.mayStartWith(pattern, c));
            boolean hasHit = pattern.namedGroups().containsKey("hit");
            return new Rule(category, except, pattern, hasHit, ascii, partners, other);
        }

        /** The same rule tried at every character. */
        Rule unscreened() {
            boolean[] ascii = new boolean[ASCII];
            Arrays.fill(ascii, true);
            boolean[] partners = new boolean[CASE_PARTNERS.length()];
            Arrays.fill(partners, true);
            return new Rule(category, except, pattern, hasHit, ascii, partners, true);
        }
    }

    private final String language;
    /** Every pattern and except pattern; a rule's place here is its index in the tables below. */
    private final Rule[] rules;
    /** For each ASCII character, the indices of the rules a match may start with. */
    private final int[][] startingWithAscii;
    /** The same for each of {@link #CASE_PARTNERS}. */
    private final int[][] startingWithPartner;
    /** The indices of the rules a match may start with at any other character. */
    private final int[] startingWithOther;

    private DetailDetector(String language, List<Rule> rules) {
        this.language = language;
        this.rules = rules.toArray(Rule[]::new);
        this.startingWithPartner = new int[CASE_PARTNERS.length()][];
        for (int p = 0; p < CASE_PARTNERS.length(); p++) {
            int partner = p;
            startingWithPartner[p] = IntStream.range(0, this.rules.length)
                    .filter(i -> this.rules[i].partners()[partner]).toArray();
        }
        this.startingWithOther = IntStream.range(0, this.rules.length).filter(i -> this.rules[i].other()).toArray();
        this.startingWithAscii = new int[ASCII][];
        for (char c = 0; c < ASCII; c++) {
            char ch = c;
            startingWithAscii[c] = IntStream.range(0, this.rules.length)
                    .filter(i -> this.rules[i].ascii()[ch]).toArray();
        }
    }

    /** The languages that have pattern files. */
    public static List<String> languages() {
        return LANGUAGES;
    }

    /**
     * The detector for a language ("en", "es"; a tag such as "es-MX" uses its language). A language
     * without patterns, or none, gets the English detector: guidance in the wrong language is still
     * better than a question box that fails. Loaded once and then shared.
     *
     * @throws IllegalStateException if the pattern file is missing or broken (the message names the
     *                               file, the key and the pattern)
     */
    public static DetailDetector forLanguage(String lang) {
        String language = normalise(lang);
        if (!LANGUAGES.contains(language)) {
            language = FALLBACK;
        }
        return LOADED.computeIfAbsent(language, l -> fromResource(l, RESOURCE.formatted(l)));
    }

    private static String normalise(String language) {
        if (language == null) {
            return "";
        }
        return Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage().toLowerCase(Locale.ROOT);
    }

    /** Builds a detector from a pattern file on the classpath. */
    static DetailDetector fromResource(String language, String resource) {
        return build(language, StrictYaml.fromClasspath(DetailDetector.class.getClassLoader(), resource));
    }

    /** Builds a detector from the text of a pattern file; {@code file} is only used in messages. */
    static DetailDetector fromYaml(String language, String file, String yamlText) {
        return build(language, StrictYaml.parse(file, yamlText));
    }

    /**
     * {@code patterns} needs every category; {@code except} may be left out and list only some. A
     * listed category always needs at least one pattern.
     */
    private static DetailDetector build(String language, StrictYaml yaml) {
        Mapping top = yaml.top("the pattern file", TOP_KEYS);
        List<Rule> rules = new ArrayList<>();
        if (top != null) {
            PatternFiles.section(yaml, top, "patterns", DetailCategory.class, true, DetailDetector::unbounded)
                    .forEach((category, patterns) -> patterns.forEach(p -> rules.add(Rule.of(category, false, p))));
            PatternFiles.section(yaml, top, "except", DetailCategory.class, false, DetailDetector::unbounded)
                    .forEach((category, patterns) -> patterns.forEach(p -> rules.add(Rule.of(category, true, p))));
        }
        yaml.throwIfBroken("Broken question detail patterns:");
        return new DetailDetector(language, rules);
    }

    private static String unbounded(String regex) {
        return UNBOUNDED_GAP.matcher(regex).find() ? "an unbounded gap; bound it, for instance [^.?!\\n]{0,40}" : null;
    }

    /** The same detector trying every pattern everywhere: slower, for checking that screening changes nothing. */
    DetailDetector unscreened() {
        return new DetailDetector(language, Stream.of(rules).map(Rule::unscreened).toList());
    }

    /** The language whose patterns this detector uses. */
    public String language() {
        return language;
    }

    /** Finds the passages asking for graphic or comparing detail; an empty, blank or null text is calm. */
    public DetailAnalysis analyze(String text) {
        String source = text == null ? "" : text;
        if (source.isBlank()) {
            return new DetailAnalysis(List.of());
        }
        String folded = Folding.fold(source);
        List<List<int[]>> matched = scan(source, folded);
        List<Found> found = new ArrayList<>();
        for (DetailCategory category : DetailCategory.values()) {
            List<int[]> spans = new ArrayList<>();
            List<int[]> excepted = new ArrayList<>();
            for (int r = 0; r < rules.length; r++) {
                if (rules[r].category() == category) {
                    (rules[r].except() ? excepted : spans).addAll(matched.get(r));
                }
            }
            spans.removeIf(span -> excepted.stream().anyMatch(e -> e[0] < span[1] && span[0] < e[1]));
            // Overlapping matches of one category are one passage covering them all.
            spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
            int start = -1;
            int end = -1;
            for (int[] span : spans) {
                if (start >= 0 && span[0] < end) {
                    end = Math.max(end, span[1]);
                    continue;
                }
                if (start >= 0) {
                    found.add(new Found(category, start, end));
                }
                start = span[0];
                end = span[1];
            }
            if (start >= 0) {
                found.add(new Found(category, start, end));
            }
        }
        return new DetailAnalysis(found);
    }

    /**
     * The trimmed [start, end) spans each rule matches, found as {@link Matcher#find()} would (left to
     * right, going on after each match) but trying a rule only where its match can start.
     */
    private List<List<int[]>> scan(String source, String folded) {
        int length = folded.length();
        Matcher[] matchers = new Matcher[rules.length];
        int[] next = new int[rules.length];
        List<List<int[]>> matched = new ArrayList<>(rules.length);
        for (int r = 0; r < rules.length; r++) {
            matched.add(new ArrayList<>());
        }
        for (int at = 0; at < length; at++) {
            char c = folded.charAt(at);
            for (int r : startingWith(c)) {
                if (at < next[r]) {
                    continue;
                }
                Matcher m = matchers[r];
                if (m == null) {
                    m = rules[r].pattern().matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[r] = m;
                }
                m.region(at, length);
                if (!m.lookingAt()) {
                    continue;
                }
                next[r] = Math.max(at + 1, m.end());
                int start = m.start();
                int end = m.end();
                if (rules[r].hasHit() && m.start("hit") >= 0) {
                    start = m.start("hit");
                    end = m.end("hit");
                }
                while (end > start && trimmed(source.charAt(end - 1))) {
                    end--;
                }
                while (start < end && trimmed(source.charAt(start))) {
                    start++;
                }
                if (end > start) {
                    matched.get(r).add(new int[] {start, end});
                }
            }
        }
        return matched;
    }

    /** The indices of the rules a match may start with at {@code c}. */
    private int[] startingWith(char c) {
        if (c < ASCII) {
            return startingWithAscii[c];
        }
        int partner = CASE_PARTNERS.indexOf(c);
        return partner >= 0 ? startingWithPartner[partner] : startingWithOther;
    }

    /** Spaces and punctuation at either end of a match are not part of the passage shown. */
    private static boolean trimmed(char c) {
        return Character.isWhitespace(c) || ",;:.!?¿¡…".indexOf(c) >= 0;
    }
}
