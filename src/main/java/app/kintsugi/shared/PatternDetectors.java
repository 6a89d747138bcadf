package app.kintsugi.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The detectors of one kind (tone, apology, question detail), one per language, each built from its
 * pattern file on the classpath the first time it is asked for and then shared; and how a language
 * tag ("es-MX", "es_ES", " EN ") is read as the language whose file is used. Each detector keeps only
 * how it builds itself from a file read through {@link StrictYaml} and what it makes of the spans
 * {@link PatternEngine} finds.
 *
 * @param <D> the detector
 */
public final class PatternDetectors<D> {

    /** Builds a detector from its pattern file; throws an {@link IllegalStateException} naming every problem when the file is broken. */
    @FunctionalInterface
    public interface Builder<D> {

        D build(String language, StrictYaml file);
    }

    private final String what;
    private final String resource;
    private final List<String> languages;
    private final Builder<D> builder;
    private final Map<String, D> loaded = new ConcurrentHashMap<>();

    /**
     * @param what      what the files hold, in messages ("tone patterns")
     * @param resource  where the files are on the classpath, with {@code %s} for the language
     * @param languages the languages that have a file; the first is the one {@link #orFallback} falls back to
     * @param builder   how a detector is built from its file
     */
    public PatternDetectors(String what, String resource, List<String> languages, Builder<D> builder) {
        this.what = what;
        this.resource = resource;
        this.languages = List.copyOf(languages);
        this.builder = builder;
    }

    /** The languages that have pattern files. */
    public List<String> languages() {
        return languages;
    }

    /**
     * The detector for a language ("en", "es"; a tag such as "es-MX" uses its language).
     *
     * @throws IllegalArgumentException if the language has no patterns
     * @throws IllegalStateException    if its pattern file is missing or broken (the message names the
     *                                  file, the line and the key)
     */
    public D load(String language) {
        String lang = language(language);
        if (!languages.contains(lang)) {
            throw new IllegalArgumentException("No " + what + " for language '" + language + "'; available: "
                    + String.join(", ", languages));
        }
        return loaded.computeIfAbsent(lang, this::read);
    }

    /**
     * The detector for a language, or for the first language when it has no patterns or none is
     * given: guidance in the wrong language is better than a page that fails.
     *
     * @throws IllegalStateException if the pattern file is missing or broken
     */
    public D orFallback(String language) {
        String lang = language(language);
        return loaded.computeIfAbsent(languages.contains(lang) ? lang : languages.getFirst(), this::read);
    }

    private D read(String language) {
        return fromResource(language, resource.formatted(language));
    }

    /** Builds a detector from a pattern file on the classpath, not shared. */
    public D fromResource(String language, String file) {
        return builder.build(language, StrictYaml.fromClasspath(PatternDetectors.class.getClassLoader(), file));
    }

    /** Builds a detector from the text of a pattern file, not shared; {@code file} is only used in messages. */
    public D fromYaml(String language, String file, String yamlText) {
        return builder.build(language, StrictYaml.parse(file, yamlText));
    }

    /** The language of a tag, in lower case ("es-MX" and "es_ES" are "es"); "" for none. */
    public static String language(String tag) {
        if (tag == null) {
            return "";
        }
        return Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage().toLowerCase(Locale.ROOT);
    }
}
