package app.kintsugi.communication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import app.kintsugi.communication.ToneAnalysis.Found;

/**
 * Flags criticism, contempt, defensiveness and absolute words in a draft, with language-specific
 * regular expressions read from {@code program/tone/patterns_<lang>.yaml}, and builds an
 * I-statement template from the draft. Deterministic and plain Java: no Spring, no model, nothing
 * stored or logged, safe to share between threads.
 *
 * <p>How a text is read:
 * <ul>
 * <li>Text and patterns are both folded one character for one character before matching: accented
 * letters lose their accents ("jamás" and "jamas" read alike) and curly apostrophes become straight
 * ones. Offsets therefore stay those of the original text.</li>
 * <li>Every regex is compiled case-insensitively with Unicode classes. A match marks the words it
 * covers; a regex may instead mark only its named group {@code hit} (absolutes point at "never",
 * not at the whole clause that makes it a complaint).</li>
 * <li>A match that overlaps a match of one of its category's {@code except} patterns is dropped:
 * that is how "I'll never lie to you again" (a promise) and "you always make me laugh" stay calm.</li>
 * <li>Overlapping matches of the same category count once (the earliest, then the longest, is kept).
 * Spaces and clause punctuation at the ends of a match are left out of its span.</li>
 * </ul>
 *
 * <p>The I-statement template ({@link ToneAnalysis#rewrite()}): the first sentence with a flag is
 * taken; contempt and defensiveness are cut out of it, and so is criticism that carries no absolute
 * word (an attack on character leaves no situation to describe); the sentence is split into clauses,
 * and each clause, preferring those that mention the partner, has the {@code rewrite.drop} words
 * removed and the {@code rewrite.replace} rules applied ("you never call" becomes "you don't call").
 * The first clause that is long enough, not too long, calm when analysed again and free of every
 * insult word that was cut out fills the {@code frame}; otherwise the {@code plain} frame is used.
 * The result is a template the writer edits, not a finished sentence: its grammar can be rough.
 */
public final class ToneDetector {

    private static final List<String> LANGUAGES = List.of("en", "es");
    private static final String RESOURCE = "program/tone/patterns_%s.yaml";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Set<String> TOP_KEYS = Set.of("patterns", "except", "rewrite");
    private static final Set<String> REWRITE_KEYS = new LinkedHashSet<>(
            List.of("frame", "plain", "partner", "keep_case", "lead", "drop", "replace", "min_words", "max_words"));
    private static final String SITUATION = "{situation}";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}]+)*");
    /** Stands for removed words while the template is built; it ends a clause. */
    private static final char CUT = '\u0000';
    private static final Map<String, ToneDetector> LOADED = new ConcurrentHashMap<>();

    /** How a draft becomes an I-statement template; see the class comment. */
    record Rewrite(String frame, String plain, Pattern partner, Pattern keepCase, List<Pattern> lead, List<Pattern> drop,
            List<Replacement> replace, int minWords, int maxWords) {
    }

    /** One rule turning an absolute into plain words; {@code $1}…{@code $9} in the text insert groups of the draft. */
    record Replacement(Pattern pattern, String with) {
    }

    private final String language;
    private final Map<ToneCategory, List<Pattern>> patterns;
    private final Map<ToneCategory, List<Pattern>> except;
    private final Rewrite rewrite;

    private ToneDetector(String language, Map<ToneCategory, List<Pattern>> patterns,
            Map<ToneCategory, List<Pattern>> except, Rewrite rewrite) {
        this.language = language;
        this.patterns = patterns;
        this.except = except;
        this.rewrite = rewrite;
    }

    /** The languages that have pattern files. */
    public static List<String> languages() {
        return LANGUAGES;
    }

    /**
     * The detector for a language ("en", "es"; a tag such as "es-MX" uses its language). Loaded once
     * and then shared.
     *
     * @throws IllegalArgumentException if the language has no patterns
     * @throws IllegalStateException    if its pattern file is missing or broken (the message names
     *                                  the file and the key)
     */
    public static ToneDetector load(String language) {
        String lang = normalise(language);
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("No tone patterns for language '" + language + "'; available: "
                    + String.join(", ", LANGUAGES));
        }
        return LOADED.computeIfAbsent(lang, ToneDetector::read);
    }

    private static String normalise(String language) {
        if (language == null) {
            return "";
        }
        return Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage().toLowerCase(Locale.ROOT);
    }

    private static ToneDetector read(String language) {
        String file = RESOURCE.formatted(language);
        ClassLoader loader = ToneDetector.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + ": not found on the classpath");
            }
            return fromYaml(language, file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Builds a detector from the text of a pattern file; {@code file} is only used in messages. */
    static ToneDetector fromYaml(String language, String file, String yamlText) {
        List<String> problems = new ArrayList<>();
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (YAMLException e) {
            throw new IllegalStateException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new IllegalStateException(file + ": expected a mapping with the keys 'patterns', 'except' and 'rewrite'");
        }
        for (Object key : top.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(key))) {
                problems.add(file + ": unknown key '" + key + "' (expected 'patterns', 'except' and 'rewrite')");
            }
        }
        Map<ToneCategory, List<Pattern>> patterns = categories(file, "patterns", top.get("patterns"), true, problems);
        Map<ToneCategory, List<Pattern>> except = top.containsKey("except")
                ? categories(file, "except", top.get("except"), false, problems)
                : new EnumMap<>(ToneCategory.class);
        Rewrite rewrite = rewrite(file, top.get("rewrite"), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Broken tone patterns:\n  " + String.join("\n  ", problems));
        }
        return new ToneDetector(language, patterns, except, rewrite);
    }

    private static Map<ToneCategory, List<Pattern>> categories(String file, String name, Object value, boolean required,
            List<String> problems) {
        Map<ToneCategory, List<Pattern>> result = new EnumMap<>(ToneCategory.class);
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(file + ": '" + name + "' must be a mapping from " + (required ? "each" : "some") + " of "
                    + List.of(ToneCategory.values()) + " to a list of patterns");
            return result;
        }
        Set<String> known = new LinkedHashSet<>();
        for (ToneCategory category : ToneCategory.values()) {
            known.add(category.name());
        }
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problems.add(file + ": '" + name + "." + key + "' is not one of " + known);
            }
        }
        for (ToneCategory category : ToneCategory.values()) {
            String where = name + "." + category.name();
            if (!required && !map.containsKey(category.name())) {
                result.put(category, List.of());
                continue;
            }
            if (!(map.get(category.name()) instanceof List<?> regexes) || regexes.isEmpty()) {
                problems.add(file + ": '" + where + "' needs a list with at least one pattern");
                continue;
            }
            List<Pattern> compiled = new ArrayList<>();
            for (int i = 0; i < regexes.size(); i++) {
                Pattern p = compile(file, where + "[" + i + "]", regexes.get(i), problems);
                if (p != null) {
                    compiled.add(p);
                }
            }
            result.put(category, List.copyOf(compiled));
        }
        return result;
    }

    private static Rewrite rewrite(String file, Object value, List<String> problems) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(file + ": 'rewrite' must be a mapping with the keys " + REWRITE_KEYS);
            return null;
        }
        for (Object key : map.keySet()) {
            if (!REWRITE_KEYS.contains(String.valueOf(key))) {
                problems.add(file + ": 'rewrite." + key + "' is not one of " + REWRITE_KEYS);
            }
        }
        String frame = text(file, "rewrite.frame", map.get("frame"), problems);
        if (frame != null && !frame.contains(SITUATION)) {
            problems.add(file + ": 'rewrite.frame' must contain " + SITUATION);
        }
        String plain = text(file, "rewrite.plain", map.get("plain"), problems);
        if (plain != null && plain.contains(SITUATION)) {
            problems.add(file + ": 'rewrite.plain' must not contain " + SITUATION);
        }
        Pattern partner = compile(file, "rewrite.partner", map.get("partner"), problems);
        Pattern keepCase = map.containsKey("keep_case") ? compile(file, "rewrite.keep_case", map.get("keep_case"), problems)
                : null;
        List<Pattern> lead = list(file, "rewrite.lead", map.get("lead"), problems);
        List<Pattern> drop = list(file, "rewrite.drop", map.get("drop"), problems);
        List<Replacement> replace = new ArrayList<>();
        if (!(map.get("replace") instanceof List<?> rules)) {
            problems.add(file + ": 'rewrite.replace' needs a list of [pattern, replacement] pairs");
        } else {
            for (int i = 0; i < rules.size(); i++) {
                String at = "rewrite.replace[" + i + "]";
                if (!(rules.get(i) instanceof List<?> pair) || pair.size() != 2 || !(pair.get(1) instanceof String with)) {
                    problems.add(file + ": '" + at + "' must be a pair [pattern, replacement]");
                    continue;
                }
                Pattern p = compile(file, at, pair.get(0), problems);
                if (p != null) {
                    replace.add(new Replacement(p, with));
                }
            }
        }
        int minWords = number(file, "rewrite.min_words", map.get("min_words"), problems);
        int maxWords = number(file, "rewrite.max_words", map.get("max_words"), problems);
        if (minWords > maxWords) {
            problems.add(file + ": 'rewrite.min_words' is larger than 'rewrite.max_words'");
        }
        return new Rewrite(frame, plain, partner, keepCase, lead, drop, List.copyOf(replace), minWords, maxWords);
    }

    private static List<Pattern> list(String file, String where, Object value, List<String> problems) {
        List<Pattern> compiled = new ArrayList<>();
        if (!(value instanceof List<?> regexes)) {
            problems.add(file + ": '" + where + "' needs a list of patterns");
            return compiled;
        }
        for (int i = 0; i < regexes.size(); i++) {
            Pattern p = compile(file, where + "[" + i + "]", regexes.get(i), problems);
            if (p != null) {
                compiled.add(p);
            }
        }
        return List.copyOf(compiled);
    }

    private static Pattern compile(String file, String at, Object regex, List<String> problems) {
        if (!(regex instanceof String s) || s.isBlank()) {
            problems.add(file + ": '" + at + "' must be a non-empty string");
            return null;
        }
        try {
            Pattern p = Pattern.compile(fold(s), FLAGS);
            if (p.matcher("").matches()) {
                problems.add(file + ": '" + at + "' matches an empty text");
                return null;
            }
            return p;
        } catch (PatternSyntaxException e) {
            problems.add(file + ": '" + at + "' is not a valid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex());
            return null;
        }
    }

    private static String text(String file, String at, Object value, List<String> problems) {
        if (!(value instanceof String s) || s.isBlank()) {
            problems.add(file + ": '" + at + "' must be a non-empty text");
            return null;
        }
        return s;
    }

    private static int number(String file, String at, Object value, List<String> problems) {
        if (!(value instanceof Integer n) || n < 1) {
            problems.add(file + ": '" + at + "' must be a whole number of at least 1");
            return 1;
        }
        return n;
    }

    /** The language whose patterns this detector uses. */
    public String language() {
        return language;
    }

    /** Flags the wording in {@code text} and builds the template; an empty or blank text is calm. */
    public ToneAnalysis analyze(String text) {
        String source = text == null ? "" : text;
        String folded = fold(source);
        List<Found> flags = find(source, folded);
        return new ToneAnalysis(language, flags, flags.isEmpty() ? "" : rewrite(source, folded, flags));
    }

    private List<Found> find(String source, String folded) {
        List<Found> all = new ArrayList<>();
        for (Map.Entry<ToneCategory, List<Pattern>> entry : patterns.entrySet()) {
            List<int[]> excepted = spans(except.getOrDefault(entry.getKey(), List.of()), source, folded);
            List<int[]> spans = new ArrayList<>();
            for (int[] span : spans(entry.getValue(), source, folded)) {
                if (excepted.stream().noneMatch(e -> e[0] < span[1] && span[0] < e[1])) {
                    spans.add(span);
                }
            }
            // Earliest first, longest first among equals; a span overlapping one already kept is the same finding.
            spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
            int keptEnd = -1;
            for (int[] span : spans) {
                if (span[0] >= keptEnd) {
                    all.add(new Found(entry.getKey(), span[0], span[1], source.substring(span[0], span[1])));
                    keptEnd = span[1];
                }
            }
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(Found::category));
        return all;
    }

    private static List<int[]> spans(List<Pattern> regexes, String source, String folded) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : regexes) {
            boolean hasHit = pattern.namedGroups().containsKey("hit");
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (hasHit && m.start("hit") >= 0) {
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
                    spans.add(new int[] {start, end});
                }
            }
        }
        return spans;
    }

    /** Spaces and clause punctuation at either end of a match are not part of the words shown. */
    private static boolean trimmed(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':';
    }

    // ---- The I-statement template ------------------------------------------------------------

    private String rewrite(String source, String folded, List<Found> flags) {
        Found first = flags.getFirst();
        int from = first.start();
        while (from > 0 && !sentenceEnd(source.charAt(from - 1))) {
            from--;
        }
        int to = first.start();
        while (to < source.length() && !sentenceEnd(source.charAt(to))) {
            to++;
        }
        // Cut out contempt, defensiveness and criticism without an absolute; remember the insult words.
        boolean[] cut = new boolean[to - from];
        Set<String> insults = new HashSet<>();
        for (Found f : flags) {
            if (f.end() <= from || f.start() >= to) {
                continue;
            }
            boolean remove = switch (f.category()) {
                case CONTEMPT, DEFENSIVENESS -> true;
                case CRITICISM -> flags.stream().noneMatch(a -> a.category() == ToneCategory.ABSOLUTES
                        && a.start() < f.end() && f.start() < a.end());
                case ABSOLUTES -> false;
            };
            if (remove) {
                for (int i = Math.max(f.start(), from); i < Math.min(f.end(), to); i++) {
                    cut[i - from] = true;
                }
            }
            if (f.category() == ToneCategory.CONTEMPT) {
                Matcher w = WORD.matcher(folded.substring(f.start(), f.end()));
                while (w.find()) {
                    String word = w.group().toLowerCase(Locale.ROOT);
                    if (word.length() >= 3 && !rewrite.partner().matcher(word).matches()) {
                        insults.add(word);
                    }
                }
            }
        }
        StringBuilder kept = new StringBuilder(to - from);
        StringBuilder keptFolded = new StringBuilder(to - from);
        boolean atSentenceStart = true;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            char f = folded.charAt(i);
            if (cut[i - from]) {
                if (kept.isEmpty() || kept.charAt(kept.length() - 1) != CUT) {
                    kept.append(CUT);
                    keptFolded.append(CUT);
                }
                atSentenceStart = false;
                continue;
            }
            if (atSentenceStart && Character.isLetter(c)) {
                atSentenceStart = false;
                // A capital that is there only because the sentence starts goes: "You never…" → "when you never…".
                boolean keep = rewrite.keepCase() != null && rewrite.keepCase().matcher(folded).region(i, to).lookingAt();
                if (!keep && Character.isUpperCase(c) && (i + 1 >= to || !Character.isUpperCase(source.charAt(i + 1)))) {
                    c = Character.toLowerCase(c);
                    f = Character.toLowerCase(f);
                }
            }
            kept.append(c);
            keptFolded.append(f);
        }
        // Clauses: a cut or clause punctuation ends one. Those that mention the partner come first.
        List<String[]> clauses = clauses(kept.toString(), keptFolded.toString());
        List<String[]> ordered = new ArrayList<>();
        clauses.stream().filter(c -> rewrite.partner().matcher(c[1]).find()).forEach(ordered::add);
        clauses.stream().filter(c -> !rewrite.partner().matcher(c[1]).find()).forEach(ordered::add);
        for (String[] clause : ordered) {
            String situation = situation(clause[0], clause[1]);
            if (situation != null && usable(situation, insults)) {
                return rewrite.frame().replace(SITUATION, situation);
            }
        }
        return rewrite.plain();
    }

    private static boolean sentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '\n' || c == '\r';
    }

    private static List<String[]> clauses(String text, String folded) {
        List<String[]> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || clauseBreak(text, i)) {
                if (i > start) {
                    clauses.add(new String[] {text.substring(start, i), folded.substring(start, i)});
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    private static boolean clauseBreak(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case CUT, ',', ';', ':', '(', ')', '[', ']', '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u2014', '\u2013' -> true;
            case '-' -> i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
            default -> false;
        };
    }

    /** One clause with drop words removed, absolutes replaced, leading connectors and stray punctuation trimmed. */
    private String situation(String text, String folded) {
        String[] current = {text, folded};
        for (Pattern drop : rewrite.drop()) {
            current = replaceAll(current, drop, "");
        }
        for (Replacement r : rewrite.replace()) {
            current = replaceAll(current, r.pattern(), r.with());
        }
        boolean changed = true;
        while (changed) {
            current = trim(current);
            changed = false;
            for (Pattern lead : rewrite.lead()) {
                Matcher m = lead.matcher(current[1]);
                if (m.lookingAt() && m.end() > 0) {
                    current = trim(new String[] {current[0].substring(m.end()), current[1].substring(m.end())});
                    changed = true;
                }
            }
        }
        String situation = current[0].replaceAll("\\s+", " ").strip();
        int words = 0;
        Matcher w = WORD.matcher(situation);
        while (w.find()) {
            words++;
        }
        return words < rewrite.minWords() || words > rewrite.maxWords() ? null : situation;
    }

    private boolean usable(String situation, Set<String> insults) {
        String folded = fold(situation).toLowerCase(Locale.ROOT);
        Matcher w = WORD.matcher(folded);
        while (w.find()) {
            if (insults.contains(w.group())) {
                return false;
            }
        }
        return find(situation, fold(situation)).isEmpty();
    }

    /** Replaces in both the text and its folding; matching is on the folding, kept words keep their accents. */
    private static String[] replaceAll(String[] pair, Pattern pattern, String with) {
        Matcher m = pattern.matcher(pair[1]);
        StringBuilder text = new StringBuilder();
        StringBuilder folded = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            text.append(pair[0], last, m.start());
            folded.append(pair[1], last, m.start());
            String replacement = expand(with, m, pair[0]);
            text.append(replacement);
            folded.append(fold(replacement));
            last = m.end();
        }
        if (last == 0) {
            return pair;
        }
        text.append(pair[0], last, pair[0].length());
        folded.append(pair[1], last, pair[1].length());
        return new String[] {text.toString(), folded.toString()};
    }

    /** {@code $1}…{@code $9} become that group of the match, taken from the original (accented) text. */
    private static String expand(String with, Matcher m, String source) {
        if (with.indexOf('$') < 0) {
            return with;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < with.length(); i++) {
            char c = with.charAt(i);
            if (c == '$' && i + 1 < with.length() && Character.isDigit(with.charAt(i + 1))) {
                int group = with.charAt(++i) - '0';
                if (group <= m.groupCount() && m.start(group) >= 0) {
                    out.append(source, m.start(group), m.end(group));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Strips spaces, stray punctuation and quote marks at both ends, and doubled spaces from removals. */
    private static String[] trim(String[] pair) {
        String text = pair[0];
        int start = 0;
        int end = text.length();
        while (start < end && !keepsAtEnd(text.charAt(start))) {
            start++;
        }
        while (end > start && !keepsAtEnd(text.charAt(end - 1))) {
            end--;
        }
        return new String[] {text.substring(start, end), pair[1].substring(start, end)};
    }

    private static boolean keepsAtEnd(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    /**
     * Folds a text one character for one character, so offsets are kept: letters with accents or
     * other marks become their base letter (é→e, ñ→n, ü→u) and curly or prime apostrophes become '.
     */
    static String fold(String text) {
        StringBuilder folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = foldChar(c);
            if (f != c) {
                if (folded == null) {
                    folded = new StringBuilder(text);
                }
                folded.setCharAt(i, f);
            }
        }
        return folded == null ? text : folded.toString();
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return c;
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '\u00B4', '\uFF07' -> {
                return '\'';
            }
            default -> {
            }
        }
        if (!Character.isLetter(c) || Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (decomposed.length() < 2) {
            return c;
        }
        char base = decomposed.charAt(0);
        for (int i = 1; i < decomposed.length(); i++) {
            if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
                return c;
            }
        }
        return Character.isLetter(base) ? base : c;
    }
}
