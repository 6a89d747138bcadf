package app.kintsugi.transparency.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import app.kintsugi.shared.Folding;
import app.kintsugi.shared.PatternDetectors;
import app.kintsugi.shared.PatternEngine;
import app.kintsugi.shared.PatternEngine.Overlaps;
import app.kintsugi.shared.PatternFiles;
import app.kintsugi.shared.StrictYaml;
import app.kintsugi.shared.StrictYaml.Mapping;
import app.kintsugi.transparency.DetailAnalysis;
import app.kintsugi.transparency.DetailAnalysis.Found;
import app.kintsugi.transparency.DetailCategory;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

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
 * <li>Each pattern is tried only where its match can start (see {@link PatternEngine}), which gives the same
 * matches as trying every position, several times faster.</li>
 * </ul>
 *
 * <p>A pattern file is checked strictly when it is loaded, and every problem is reported at once
 * with the file and the key: unknown keys or categories, a category without patterns, a regex that
 * does not compile, matches an empty text, or has an unbounded gap ({@code .*}, {@code [^.]+},
 * {@code {1,}}). Bounded gaps and the screening above keep a 20,000-character text to a few
 * milliseconds.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class DetailDetector {

    private static final Set<String> TOP_KEYS = StrictYaml.keys("patterns", "except");
    /** ".*", ".+" (also lazy), a negated class repeated without limit, or "{n,}". */
    private static final Pattern UNBOUNDED_GAP = Pattern.compile(
            "(?<!\\\\)\\.[*+]|\\[\\^(?:\\\\.|[^\\]\\\\])*][*+]|\\{\\d*,}");
    private static final PatternDetectors<DetailDetector> FILES = new PatternDetectors<>("question detail patterns",
            "program/transparency/detail_%s.yaml", List.of("en", "es"), DetailDetector::build);

    private final String language;
    private final PatternEngine<DetailCategory> engine;

    /** The languages that have pattern files. */
    public static List<String> languages() {
        return FILES.languages();
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
        return FILES.orFallback(lang);
    }

    /** Builds a detector from a pattern file on the classpath. */
    static DetailDetector fromResource(String language, String resource) {
        return FILES.fromResource(language, resource);
    }

    /** Builds a detector from the text of a pattern file; {@code file} is only used in messages. */
    static DetailDetector fromYaml(String language, String file, String yamlText) {
        return FILES.fromYaml(language, file, yamlText);
    }

    /**
     * {@code patterns} needs every category; {@code except} may be left out and list only some. A
     * listed category always needs at least one pattern.
     */
    private static DetailDetector build(String language, StrictYaml yaml) {
        Mapping top = yaml.top("the pattern file", TOP_KEYS);
        Map<DetailCategory, List<Pattern>> patterns = Map.of();
        Map<DetailCategory, List<Pattern>> except = Map.of();
        if (top != null) {
            patterns = PatternFiles.section(yaml, top, "patterns", DetailCategory.class, true, DetailDetector::unbounded);
            except = PatternFiles.section(yaml, top, "except", DetailCategory.class, false, DetailDetector::unbounded);
        }
        yaml.throwIfBroken("Broken question detail patterns:");
        return new DetailDetector(language, new PatternEngine<>(DetailCategory.class, patterns, except,
                c -> Character.isWhitespace(c) || ",;:.!?¿¡…".indexOf(c) >= 0, Overlaps.MERGE));
    }

    private static String unbounded(String regex) {
        return UNBOUNDED_GAP.matcher(regex).find() ? "an unbounded gap; bound it, for instance [^.?!\\n]{0,40}" : null;
    }

    /** The same detector trying every pattern everywhere: slower, for checking that screening changes nothing. */
    DetailDetector unscreened() {
        return new DetailDetector(language, engine.unscreened());
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
        return new DetailAnalysis(engine.find(source, Folding.fold(source)).stream()
                .map(s -> new Found(s.kind(), s.start(), s.end())).toList());
    }
}
