package app.kintsugi.responsibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.kintsugi.shared.Folding;
import app.kintsugi.shared.PatternFiles;
import app.kintsugi.shared.StrictYaml;
import app.kintsugi.shared.StrictYaml.Mapping;

/**
 * Finds the parts of an apology and the non-apology patterns in a draft, with language-specific
 * regular expressions read from {@code program/apology/patterns_<lang>.yaml}. Deterministic and
 * plain Java: no Spring, no model, safe to share between threads.
 *
 * <p>How a text is read:
 * <ul>
 * <li>Text and patterns are both folded one character for one character before matching: accented
 * letters lose their accents ("perdóname" and "perdoname" read alike) and curly apostrophes become
 * straight ones (see {@link Folding}). Offsets therefore stay those of the original text.</li>
 * <li>Every regex is compiled case-insensitively with Unicode classes. A match marks the words it
 * covers; a regex may instead mark only its named group {@code hit} (used by "but", which is
 * recognised by the apology before it but points at the "but").</li>
 * <li>Overlapping matches of the same kind count once (the earliest, then the longest, is kept).
 * Spaces and clause punctuation at the ends of a match are left out of its span.</li>
 * <li>Words that are part of a conditional, deflecting or blaming pattern do not count as an
 * apology part: "I'm sorry if I hurt you" expresses no regret and owns no hurt.</li>
 * </ul>
 */
public final class ApologyDetector {

    private static final List<String> LANGUAGES = List.of("en", "es");
    private static final String RESOURCE = "program/apology/patterns_%s.yaml";
    private static final Set<String> TOP_KEYS = new LinkedHashSet<>(List.of("parts", "patterns"));
    private static final Set<NonApologyPattern> CANCELS_PARTS = EnumSet.of(
            NonApologyPattern.CONDITIONAL, NonApologyPattern.DEFLECTING_FEELINGS, NonApologyPattern.BLAMING);
    private static final Map<String, ApologyDetector> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<ApologyPart, List<Pattern>> parts;
    private final Map<NonApologyPattern, List<Pattern>> patterns;

    private ApologyDetector(String language, Map<ApologyPart, List<Pattern>> parts,
            Map<NonApologyPattern, List<Pattern>> patterns) {
        this.language = language;
        this.parts = parts;
        this.patterns = patterns;
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
    public static ApologyDetector load(String language) {
        String lang = normalise(language);
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("No apology patterns for language '" + language + "'; available: "
                    + String.join(", ", LANGUAGES));
        }
        return LOADED.computeIfAbsent(lang, ApologyDetector::read);
    }

    private static String normalise(String language) {
        if (language == null) {
            return "";
        }
        return Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage().toLowerCase(Locale.ROOT);
    }

    private static ApologyDetector read(String language) {
        return build(language, StrictYaml.fromClasspath(ApologyDetector.class.getClassLoader(), RESOURCE.formatted(language)));
    }

    /** Builds a detector from the text of a pattern file; {@code file} is only used in messages. */
    static ApologyDetector fromYaml(String language, String file, String yamlText) {
        return build(language, StrictYaml.parse(file, yamlText));
    }

    private static ApologyDetector build(String language, StrictYaml yaml) {
        Mapping top = yaml.top("the pattern file", TOP_KEYS);
        Map<ApologyPart, List<Pattern>> parts = top == null ? Map.of()
                : PatternFiles.section(yaml, top, "parts", ApologyPart.class, true, PatternFiles.ANY);
        Map<NonApologyPattern, List<Pattern>> patterns = top == null ? Map.of()
                : PatternFiles.section(yaml, top, "patterns", NonApologyPattern.class, true, PatternFiles.ANY);
        yaml.throwIfBroken("Broken apology patterns:");
        return new ApologyDetector(language, parts, patterns);
    }

    /** The language whose patterns this detector uses. */
    public String language() {
        return language;
    }

    /** Finds the parts and patterns in {@code text}; an empty or blank text has none. */
    public ApologyAnalysis analyze(String text) {
        String source = text == null ? "" : text;
        String folded = Folding.fold(source);
        List<ApologyAnalysis.Found<NonApologyPattern>> foundPatterns = find(patterns, source, folded);
        List<ApologyAnalysis.Found<ApologyPart>> foundParts = new ArrayList<>();
        for (ApologyAnalysis.Found<ApologyPart> part : find(parts, source, folded)) {
            boolean cancelled = foundPatterns.stream()
                    .anyMatch(p -> CANCELS_PARTS.contains(p.kind()) && p.start() < part.end() && part.start() < p.end());
            if (!cancelled) {
                foundParts.add(part);
            }
        }
        return new ApologyAnalysis(language, foundParts, foundPatterns);
    }

    private static <E extends Enum<E>> List<ApologyAnalysis.Found<E>> find(Map<E, List<Pattern>> byKind,
            String source, String folded) {
        List<ApologyAnalysis.Found<E>> all = new ArrayList<>();
        for (Map.Entry<E, List<Pattern>> entry : byKind.entrySet()) {
            List<int[]> spans = new ArrayList<>();
            for (Pattern pattern : entry.getValue()) {
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
            // Earliest first, longest first among equals; a span overlapping one already kept is the same finding.
            spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
            int keptEnd = -1;
            for (int[] span : spans) {
                if (span[0] >= keptEnd) {
                    all.add(new ApologyAnalysis.Found<>(entry.getKey(), span[0], span[1], source.substring(span[0], span[1])));
                    keptEnd = span[1];
                }
            }
        }
        all.sort(Comparator.<ApologyAnalysis.Found<E>>comparingInt(ApologyAnalysis.Found::start)
                .thenComparingInt(f -> f.kind().ordinal()));
        return all;
    }

    /** Spaces and clause punctuation at either end of a match are not part of the words shown. */
    private static boolean trimmed(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':';
    }
}
