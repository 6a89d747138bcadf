package app.kintsugi.responsibility.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.kintsugi.responsibility.ApologyAnalysis;
import app.kintsugi.responsibility.ApologyPart;
import app.kintsugi.responsibility.NonApologyPattern;
import app.kintsugi.shared.Folding;
import app.kintsugi.shared.PatternDetectors;
import app.kintsugi.shared.PatternEngine;
import app.kintsugi.shared.PatternEngine.Overlaps;
import app.kintsugi.shared.PatternFiles;
import app.kintsugi.shared.StrictYaml;
import app.kintsugi.shared.StrictYaml.Mapping;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

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
 * <li>Each pattern is tried only where its match can start (see {@link PatternEngine}, the matching
 * the tone and question detail detectors share): the same matches as trying every position.</li>
 * <li>Words that are part of a conditional, deflecting or blaming pattern do not count as an
 * apology part: "I'm sorry if I hurt you" expresses no regret and owns no hurt.</li>
 * </ul>
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class ApologyDetector {

    private static final Set<String> TOP_KEYS = StrictYaml.keys("parts", "patterns");
    private static final Set<NonApologyPattern> CANCELS_PARTS = EnumSet.of(
            NonApologyPattern.CONDITIONAL, NonApologyPattern.DEFLECTING_FEELINGS, NonApologyPattern.BLAMING);
    private static final PatternDetectors<ApologyDetector> FILES = new PatternDetectors<>("apology patterns",
            "program/apology/patterns_%s.yaml", List.of("en", "es"), ApologyDetector::build);

    private final String language;
    private final PatternEngine<ApologyPart> parts;
    private final PatternEngine<NonApologyPattern> patterns;

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
    public static ApologyDetector load(String language) {
        return FILES.load(language);
    }

    /** Builds a detector from the text of a pattern file; {@code file} is only used in messages. */
    static ApologyDetector fromYaml(String language, String file, String yamlText) {
        return FILES.fromYaml(language, file, yamlText);
    }

    private static ApologyDetector build(String language, StrictYaml yaml) {
        Mapping top = yaml.top("the pattern file", TOP_KEYS);
        Map<ApologyPart, List<Pattern>> parts = top == null ? Map.of()
                : PatternFiles.section(yaml, top, "parts", ApologyPart.class, true, PatternFiles.ANY);
        Map<NonApologyPattern, List<Pattern>> patterns = top == null ? Map.of()
                : PatternFiles.section(yaml, top, "patterns", NonApologyPattern.class, true, PatternFiles.ANY);
        yaml.throwIfBroken("Broken apology patterns:");
        return new ApologyDetector(language, engine(ApologyPart.class, parts), engine(NonApologyPattern.class, patterns));
    }

    /** Overlapping matches of one kind are the same finding: the earliest, longest one is kept. */
    private static <E extends Enum<E>> PatternEngine<E> engine(Class<E> kinds, Map<E, List<Pattern>> patterns) {
        return new PatternEngine<>(kinds, patterns, Map.of(), PatternEngine.SPACES_AND_CLAUSE_MARKS, Overlaps.KEEP_FIRST);
    }

    /** The same detector trying every pattern at every character: slower, for checking that screening changes nothing. */
    ApologyDetector unscreened() {
        return new ApologyDetector(language, parts.unscreened(), patterns.unscreened());
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

    private static <E extends Enum<E>> List<ApologyAnalysis.Found<E>> find(PatternEngine<E> engine, String source,
            String folded) {
        return engine.find(source, folded).stream()
                .map(s -> new ApologyAnalysis.Found<>(s.kind(), s.start(), s.end(), s.words(source))).toList();
    }
}
