package app.kintsugi.communication;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import app.kintsugi.shared.JsonText;

/**
 * What {@link app.kintsugi.communication.internal.ToneDetector} found in one draft: the wording that may make it hard to hear, each
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
        JsonText.string(json, language);
        json.append(",\"categories\":[");
        int i = 0;
        for (ToneCategory category : categories()) {
            if (i++ > 0) {
                json.append(',');
            }
            JsonText.string(json, category.json());
        }
        json.append("],\"flags\":[");
        for (int f = 0; f < flags.size(); f++) {
            Found found = flags.get(f);
            if (f > 0) {
                json.append(',');
            }
            json.append("{\"category\":");
            JsonText.string(json, found.category().json());
            json.append(",\"start\":").append(found.start()).append(",\"end\":").append(found.end()).append(",\"words\":");
            JsonText.string(json, found.words());
            json.append('}');
        }
        json.append(']');
        if (!rewrite.isEmpty()) {
            json.append(",\"rewrite\":");
            JsonText.string(json, rewrite);
        }
        return json.append('}').toString();
    }
}
