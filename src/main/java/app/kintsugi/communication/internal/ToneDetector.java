package app.kintsugi.communication.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import app.kintsugi.communication.ToneAnalysis.Found;
import app.kintsugi.communication.ToneAnalysis;
import app.kintsugi.communication.ToneCategory;
import app.kintsugi.shared.Folding;
import app.kintsugi.shared.PatternEngine.Overlaps;
import app.kintsugi.shared.PatternEngine;
import app.kintsugi.shared.PatternDetectors;
import app.kintsugi.shared.PatternFiles;
import app.kintsugi.shared.StrictYaml.Field;
import app.kintsugi.shared.StrictYaml.Mapping;
import app.kintsugi.shared.StrictYaml;

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
 * ones (see {@link Folding}). Offsets therefore stay those of the original text.</li>
 * <li>Every regex is compiled case-insensitively with Unicode classes. A match marks the words it
 * covers; a regex may instead mark only its named group {@code hit} (absolutes point at "never",
 * not at the whole clause that makes it a complaint).</li>
 * <li>A match that overlaps a match of one of its category's {@code except} patterns is dropped:
 * that is how "I'll never lie to you again" (a promise) and "you always make me laugh" stay calm.</li>
 * <li>Overlapping matches of the same category are one flag covering all of them. Spaces and clause
 * punctuation at the ends of a match are left out of its span.</li>
 * <li>Each pattern is tried only where its match can start, worked out once per pattern (see
 * {@link PatternEngine}); this keeps a 20,000-character text in the order of ten milliseconds and gives the
 * same flags as trying every position.</li>
 * </ul>
 *
 * <p>The I-statement template ({@link ToneAnalysis#rewrite()}) is built from the first sentence with
 * a flag. Contempt and defensiveness are cut out of it, and so is criticism that carries no absolute
 * (an attack on character describes no situation). Only a clause that holds the complaint itself (an
 * absolute, or criticism with one) can become the situation: what is left around sarcasm says the
 * opposite of its words, and what is left around counter-blame is the writer's defence. The clause,
 * or failing that a part of it split at "and", has the {@code rewrite.drop} words removed, the
 * {@code rewrite.replace} rules applied ("you never call" → "you don't call"), connectors at its
 * start removed, and must then start like {@code rewrite.start} (the partner or "we"), have between
 * {@code min_words} and {@code max_words} words, hold none of the insult words that were cut out and
 * be calm when analysed again. The first that passes fills {@code rewrite.frame}; otherwise the
 * {@code rewrite.plain} frame is offered. It is a template the writer edits, not a finished
 * sentence: its grammar can be rough ("you don't told me" is avoided only for the verbs listed).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class ToneDetector {

    private static final Set<String> TOP_KEYS = StrictYaml.keys("patterns", "except", "rewrite");
    private static final Set<String> REWRITE_KEYS = StrictYaml.keys("frame", "plain", "start", "keep_case", "joins", "lead", "drop",
            "blame", "replace", "min_words", "max_words");
    private static final String SITUATION = "{situation}";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}]+)*");
    /** Stands for removed words while the template is built; it ends a clause. */
    private static final char CUT = '\u0000';
    private static final PatternDetectors<ToneDetector> FILES = new PatternDetectors<>("tone patterns",
            "program/tone/patterns_%s.yaml", List.of("en", "es"), ToneDetector::build);

    /** How a draft becomes an I-statement template; see the class comment. */
    public record Rewrite(String frame, String plain, Pattern start, Pattern keepCase, Pattern joins, List<Pattern> lead,
            List<Pattern> drop, List<Pattern> blame, List<Replacement> replace, int minWords, int maxWords) {
    }

    /** One rule turning an absolute into plain words; {@code $1}…{@code $9} in the text insert groups of the draft. */
    public record Replacement(Pattern pattern, String with) {
    }

    private final String language;
    private final Rewrite rewrite;
    private final PatternEngine<ToneCategory> engine;

    /** The languages that have pattern files. */
    public static List<String> languages() {
        return FILES.languages();
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
        return FILES.load(language);
    }

    /** Builds a detector from the text of a pattern file; {@code file} is only used in messages. */
    public static ToneDetector fromYaml(String language, String file, String yamlText) {
        return FILES.fromYaml(language, file, yamlText);
    }

    private static ToneDetector build(String language, StrictYaml yaml) {
        Mapping top = yaml.top("the pattern file", TOP_KEYS);
        Map<ToneCategory, List<Pattern>> patterns = Map.of();
        Map<ToneCategory, List<Pattern>> except = Map.of();
        Rewrite rewrite = null;
        if (top != null) {
            patterns = PatternFiles.section(yaml, top, "patterns", ToneCategory.class, true, PatternFiles.ANY);
            except = PatternFiles.section(yaml, top, "except", ToneCategory.class, false, PatternFiles.ANY);
            rewrite = rewrite(yaml, top);
        }
        yaml.throwIfBroken("Broken tone patterns:");
        return new ToneDetector(language, rewrite, new PatternEngine<>(ToneCategory.class, patterns, except,
                PatternEngine.SPACES_AND_CLAUSE_MARKS.or(c -> sentenceEnd((char) c)), Overlaps.MERGE));
    }

    private static Rewrite rewrite(StrictYaml yaml, Mapping top) {
        Field field = top.get("rewrite");
        Mapping map = field == null ? null : yaml.mapping(field.value(), field.key(), "'rewrite'", "'rewrite'", REWRITE_KEYS);
        if (map == null) {
            if (field == null) {
                yaml.problem(top.node(), "'rewrite' must be a mapping with the keys " + REWRITE_KEYS);
            }
            return null;
        }
        String frame = map.requiredText("frame");
        if (frame != null && !frame.contains(SITUATION)) {
            yaml.problem(map.get("frame").value(), "'rewrite.frame' must contain " + SITUATION);
        }
        String plain = map.requiredText("plain");
        if (plain != null && plain.contains(SITUATION)) {
            yaml.problem(map.get("plain").value(), "'rewrite.plain' must not contain " + SITUATION);
        }
        Pattern start = map.required("start", f -> PatternFiles.compile(yaml, f.value(), "rewrite.start", PatternFiles.ANY));
        Pattern keepCase = map.optional("keep_case", f -> PatternFiles.compile(yaml, f.value(), "rewrite.keep_case", PatternFiles.ANY), null);
        Pattern joins = map.required("joins", f -> PatternFiles.compile(yaml, f.value(), "rewrite.joins", PatternFiles.ANY));
        List<Pattern> lead = map.required("lead", f -> PatternFiles.list(yaml, f, "rewrite.lead", PatternFiles.ANY));
        List<Pattern> drop = map.required("drop", f -> PatternFiles.list(yaml, f, "rewrite.drop", PatternFiles.ANY));
        List<Pattern> blame = map.optional("blame", f -> PatternFiles.list(yaml, f, "rewrite.blame", PatternFiles.ANY), List.of());
        List<Replacement> replace = new ArrayList<>();
        List<Node> rules = map.required("replace", f -> yaml.list(f.value(), "'rewrite.replace'", false));
        for (int i = 0; rules != null && i < rules.size(); i++) {
            String at = "rewrite.replace[" + i + "]";
            List<Node> pair = rules.get(i) instanceof SequenceNode s && s.getValue().size() == 2 ? s.getValue() : null;
            String with = pair == null ? null : yaml.string(pair.get(1), "'" + at + "[1]'");
            if (pair == null) {
                yaml.problem(rules.get(i), "'" + at + "' must be a pair [pattern, replacement]");
                continue;
            }
            Pattern p = PatternFiles.compile(yaml, pair.get(0), at, PatternFiles.ANY);
            if (p != null && with != null) {
                replace.add(new Replacement(p, with));
            }
        }
        Integer minWords = map.required("min_words", f -> atLeastOne(yaml, f));
        Integer maxWords = map.required("max_words", f -> atLeastOne(yaml, f));
        if (minWords != null && maxWords != null && minWords > maxWords) {
            yaml.problem(map.get("min_words").key(), "'rewrite.min_words' is larger than 'rewrite.max_words'");
        }
        return new Rewrite(frame, plain, start, keepCase, joins, lead, drop, blame == null ? List.of() : blame, List.copyOf(replace),
                minWords == null ? 1 : minWords, maxWords == null ? 1 : maxWords);
    }

    private static Integer atLeastOne(StrictYaml yaml, Field field) {
        Integer n = yaml.whole(field.value(), "'rewrite." + field.name() + "'");
        if (n != null && n < 1) {
            yaml.problem(field.value(), "'rewrite." + field.name() + "' must be a whole number of at least 1");
            return null;
        }
        return n;
    }

    /** The same detector trying every pattern at every character: slower, for checking that screening changes nothing. */
    public ToneDetector unscreened() {
        return new ToneDetector(language, rewrite, engine.unscreened());
    }

    /** The language whose patterns this detector uses. */
    public String language() {
        return language;
    }

    /** Flags the wording in {@code text} and builds the template; an empty or blank text is calm. */
    public ToneAnalysis analyze(String text) {
        String source = text == null ? "" : text;
        String folded = Folding.fold(source);
        List<Found> flags = find(source, folded);
        return new ToneAnalysis(language, flags, flags.isEmpty() ? "" : rewrite(source, folded, flags));
    }

    private List<Found> find(String source, String folded) {
        return engine.find(source, folded).stream().map(s -> new Found(s.kind(), s.start(), s.end(), s.words(source))).toList();
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
                insults.addAll(words(folded.substring(f.start(), f.end())));
            }
        }
        // A word the writer also used outside every insult is not an insult word ("you", "your").
        StringBuilder outside = new StringBuilder(folded);
        for (Found f : flags) {
            if (f.category() == ToneCategory.CONTEMPT) {
                for (int i = f.start(); i < f.end(); i++) {
                    outside.setCharAt(i, ' ');
                }
            }
        }
        insults.removeAll(words(outside));
        StringBuilder kept = new StringBuilder(to - from);
        StringBuilder keptFolded = new StringBuilder(to - from);
        int[] origin = new int[to - from]; // where each kept character was in the draft
        boolean atSentenceStart = true;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            char f = folded.charAt(i);
            if (cut[i - from]) {
                if (kept.isEmpty() || kept.charAt(kept.length() - 1) != CUT) {
                    origin[kept.length()] = i;
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
            origin[kept.length()] = i;
            kept.append(c);
            keptFolded.append(f);
        }
        // The situation comes only from a clause that holds the complaint itself (criticism with an
        // absolute, or an absolute): what is left around sarcasm or counter-blame is no situation,
        // and sarcasm says the opposite of its words. Each clause is tried whole, then split at "and".
        for (int[] clause : clauses(kept)) {
            if (!holdsComplaint(clause, origin, flags)) {
                continue;
            }
            List<int[]> tries = new ArrayList<>();
            tries.add(clause);
            Matcher join = rewrite.joins().matcher(keptFolded).region(clause[0], clause[1]);
            int partStart = clause[0];
            while (join.find()) {
                tries.add(new int[] {partStart, join.start()});
                partStart = join.end();
            }
            if (partStart > clause[0]) {
                tries.add(new int[] {partStart, clause[1]});
            }
            for (int[] part : tries) {
                if (wordCount(kept.subSequence(part[0], part[1])) > 2 * rewrite.maxWords()) {
                    continue; // far too long to become a situation, even after the drop words go
                }
                String situation = situation(kept.substring(part[0], part[1]), keptFolded.substring(part[0], part[1]));
                if (situation != null && usable(situation, insults)) {
                    return rewrite.frame().replace(SITUATION, situation);
                }
            }
        }
        return rewrite.plain();
    }

    private static boolean holdsComplaint(int[] clause, int[] origin, List<Found> flags) {
        int start = origin[clause[0]];
        int end = origin[clause[1] - 1] + 1;
        for (Found f : flags) {
            if ((f.category() == ToneCategory.ABSOLUTES || f.category() == ToneCategory.CRITICISM)
                    && f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(CharSequence text) {
        Set<String> words = new HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (w.end() - w.start() >= 3) {
                words.add(w.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean sentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '\n' || c == '\r';
    }

    /** The clauses of the kept text, as [start, end) offsets into it. */
    private static List<int[]> clauses(CharSequence text) {
        List<int[]> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || clauseBreak(text, i)) {
                if (i > start) {
                    clauses.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    private static boolean clauseBreak(CharSequence text, int i) {
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
        if (!rewrite.start().matcher(Folding.fold(situation)).lookingAt()) {
            return null;
        }
        int words = wordCount(situation);
        return words < rewrite.minWords() || words > rewrite.maxWords() ? null : situation;
    }

    private static int wordCount(CharSequence text) {
        int words = 0;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words++;
        }
        return words;
    }

    /** A situation is usable when it holds none of the insult words cut out and is calm when analysed again. */
    private boolean usable(String situation, Set<String> insults) {
        String folded = Folding.fold(situation);
        for (Pattern blame : rewrite.blame()) {
            if (blame.matcher(folded).find()) {
                return false; // a blaming verb is dropped with its clause, never wrapped in "I feel … when"
            }
        }
        for (String word : words(folded)) {
            if (insults.contains(word)) {
                return false;
            }
        }
        return find(situation, folded).isEmpty();
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
            folded.append(Folding.fold(replacement));
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
}
