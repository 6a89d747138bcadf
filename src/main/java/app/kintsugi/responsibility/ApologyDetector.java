package app.kintsugi.responsibility;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
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

import app.kintsugi.shared.Folding;

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
        String file = RESOURCE.formatted(language);
        ClassLoader loader = ApologyDetector.class.getClassLoader();
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
    static ApologyDetector fromYaml(String language, String file, String yamlText) {
        List<String> problems = new ArrayList<>();
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (YAMLException e) {
            throw new IllegalStateException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new IllegalStateException(file + ": expected a mapping with the keys 'parts' and 'patterns'");
        }
        for (Object key : top.keySet()) {
            if (!"parts".equals(key) && !"patterns".equals(key)) {
                problems.add(file + ": unknown key '" + key + "' (expected 'parts' and 'patterns')");
            }
        }
        Map<ApologyPart, List<Pattern>> parts = section(file, "parts", top.get("parts"), ApologyPart.class, problems);
        Map<NonApologyPattern, List<Pattern>> patterns = section(file, "patterns", top.get("patterns"),
                NonApologyPattern.class, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Broken apology patterns:\n  " + String.join("\n  ", problems));
        }
        return new ApologyDetector(language, parts, patterns);
    }

    private static <E extends Enum<E>> Map<E, List<Pattern>> section(String file, String name, Object value,
            Class<E> type, List<String> problems) {
        Map<E, List<Pattern>> result = new EnumMap<>(type);
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(file + ": '" + name + "' must be a mapping from each of "
                    + List.of(type.getEnumConstants()) + " to a list of patterns");
            return result;
        }
        Set<String> known = new java.util.LinkedHashSet<>();
        for (E constant : type.getEnumConstants()) {
            known.add(constant.name());
        }
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problems.add(file + ": '" + name + "." + key + "' is not one of " + known);
            }
        }
        for (E constant : type.getEnumConstants()) {
            String where = name + "." + constant.name();
            Object list = map.get(constant.name());
            if (!(list instanceof List<?> regexes) || regexes.isEmpty()) {
                problems.add(file + ": '" + where + "' needs a list with at least one pattern");
                continue;
            }
            List<Pattern> compiled = new ArrayList<>();
            for (int i = 0; i < regexes.size(); i++) {
                Object regex = regexes.get(i);
                String at = where + "[" + i + "]";
                if (!(regex instanceof String s) || s.isBlank()) {
                    problems.add(file + ": '" + at + "' must be a non-empty string");
                    continue;
                }
                try {
                    Pattern p = Folding.compile(s);
                    if (p.matcher("").matches()) {
                        problems.add(file + ": '" + at + "' matches an empty text");
                    } else {
                        compiled.add(p);
                    }
                } catch (PatternSyntaxException e) {
                    problems.add(file + ": '" + at + "' is not a valid regular expression: "
                            + e.getDescription() + " near index " + e.getIndex());
                }
            }
            result.put(constant, List.copyOf(compiled));
        }
        return result;
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
