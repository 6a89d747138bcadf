package app.kintsugi.communication;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link ToneDetector} found in one draft: the wording that may make it hard to hear, each
 * flag with the words that triggered it, and an I-statement template built from the draft. It is a
 * mirror for the writer, never a verdict: nothing here stops a message, and nothing is kept.
 *
 * @param language the language whose patterns were used ("en", "es")
 * @param flags    what was found, ordered by position in the text (then by category)
 * @param rewrite  an I-statement template in the draft's language, for instance
 *                 "I feel … when you come home late without a message. I need …", for the writer to
 *                 fill in and edit; empty when nothing was flagged
 */
public record ToneAnalysis(String language, List<Found> flags, String rewrite) {

    /**
     * One flag: its category and the words that triggered it. Offsets are indices into the analysed
     * {@code String} (UTF-16 code units, as in Java and JavaScript), end exclusive.
     *
     * @param words the triggering words, {@code text.substring(start, end)} of the analysed text
     */
    public record Found(ToneCategory category, int start, int end, String words) {

        public Found {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(words, "words");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("invalid span " + start + ".." + end);
            }
            if (words.length() != end - start) {
                throw new IllegalArgumentException("words do not fit the span " + start + ".." + end);
            }
        }
    }

    public ToneAnalysis {
        Objects.requireNonNull(language, "language");
        List<Found> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparingInt(Found::start).thenComparing(Found::category));
        flags = List.copyOf(sorted);
        rewrite = rewrite == null ? "" : rewrite;
    }

    /** The categories that occur at least once, in the enum's order. */
    public Set<ToneCategory> categories() {
        Set<ToneCategory> categories = EnumSet.noneOf(ToneCategory.class);
        flags.forEach(f -> categories.add(f.category()));
        return Collections.unmodifiableSet(categories);
    }

    /** Whether nothing was flagged. */
    public boolean isCalm() {
        return flags.isEmpty();
    }

    /**
     * One line of JSON, for instance
     * {@code {"lang":"en","categories":["criticism","absolutes"],"flags":[{"category":"criticism","start":0,"end":16,"words":"you never listen"}],"rewrite":"I feel … when you don't listen. I need …"}}.
     * A calm text has empty lists and no {@code "rewrite"}. Non-ASCII characters are kept as they
     * are (write the line as UTF-8).
     */
    public String toJson() {
        StringBuilder json = new StringBuilder(128);
        json.append("{\"lang\":");
        string(json, language);
        json.append(",\"categories\":[");
        int i = 0;
        for (ToneCategory category : categories()) {
            if (i++ > 0) {
                json.append(',');
            }
            string(json, category.json());
        }
        json.append("],\"flags\":[");
        for (int f = 0; f < flags.size(); f++) {
            Found found = flags.get(f);
            if (f > 0) {
                json.append(',');
            }
            json.append("{\"category\":");
            string(json, found.category().json());
            json.append(",\"start\":").append(found.start()).append(",\"end\":").append(found.end()).append(",\"words\":");
            string(json, found.words());
            json.append('}');
        }
        json.append(']');
        if (!rewrite.isEmpty()) {
            json.append(",\"rewrite\":");
            string(json, rewrite);
        }
        return json.append('}').toString();
    }

    /**
     * Appends {@code value} as a JSON string: quotes, backslashes and control characters escaped,
     * as are U+2028/U+2029 (line breaks to JavaScript) and unpaired surrogates (not valid UTF-8).
     */
    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1));
                    boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
                            || (Character.isSurrogate(c) && !pairedHigh && !pairedLow)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
