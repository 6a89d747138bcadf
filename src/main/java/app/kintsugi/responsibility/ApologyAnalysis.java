package app.kintsugi.responsibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import app.kintsugi.responsibility.internal.ApologyDetector;
import app.kintsugi.shared.JsonText;

/**
 * What {@link ApologyDetector} found in one text: the apology parts it contains and the non-apology
 * patterns it uses, each with the words that triggered it. It guides the writer; nothing here is a
 * verdict, and nothing stops a text from being sent.
 *
 * @param language the language whose patterns were used ("en", "es")
 * @param parts    the parts found, ordered by position in the text
 * @param patterns the non-apology patterns found, ordered by position in the text
 */
public record ApologyAnalysis(String language, List<Found<ApologyPart>> parts, List<Found<NonApologyPattern>> patterns) {

    /**
     * One finding: its kind and the words that triggered it. Offsets are indices into the analysed
     * {@code String} (UTF-16 code units, as in Java and JavaScript), end exclusive.
     *
     * @param text the triggering words, {@code text.substring(start, end)} of the analysed text, or
     *             {@code null} when the finding was built without them
     */
    public record Found<T>(T kind, int start, int end, String text) {

        public Found {
            Objects.requireNonNull(kind, "kind");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("invalid span " + start + ".." + end);
            }
            if (text != null && text.length() != end - start) {
                throw new IllegalArgumentException("text does not fit the span " + start + ".." + end);
            }
        }

        /** A finding without its words (they are then left out of the JSON). */
        public Found(T kind, int start, int end) {
            this(kind, start, end, null);
        }
    }

    public ApologyAnalysis {
        Objects.requireNonNull(language, "language");
        parts = List.copyOf(parts);
        patterns = List.copyOf(patterns);
    }

    /** The parts that occur at least once. */
    public Set<ApologyPart> present() {
        Set<ApologyPart> present = EnumSet.noneOf(ApologyPart.class);
        parts.forEach(f -> present.add(f.kind()));
        return Collections.unmodifiableSet(present);
    }

    /** The parts that do not occur, in the enum's order. */
    public List<ApologyPart> missing() {
        Set<ApologyPart> present = present();
        List<ApologyPart> missing = new ArrayList<>();
        for (ApologyPart part : ApologyPart.values()) {
            if (!present.contains(part)) {
                missing.add(part);
            }
        }
        return List.copyOf(missing);
    }

    /** The non-apology patterns that occur at least once. */
    public Set<NonApologyPattern> flagged() {
        Set<NonApologyPattern> flagged = EnumSet.noneOf(NonApologyPattern.class);
        patterns.forEach(f -> flagged.add(f.kind()));
        return Collections.unmodifiableSet(flagged);
    }

    /** The weighted share of the six parts that are present, 0 to 100, rounded half up. */
    public int score() {
        int sum = 0;
        for (ApologyPart part : present()) {
            sum += part.weight();
        }
        return (int) Math.round(sum * 100.0 / ApologyPart.totalWeight());
    }

    /**
     * One line of JSON, for instance
     * {@code {"lang":"en","parts":[{"part":"OFFER_REPAIR","start":10,"end":25,"text":"..."}],"patterns":[],"score":23}}.
     * Non-ASCII characters are kept as they are (write the line as UTF-8).
     */
    public String toJson() {
        StringBuilder json = new StringBuilder(128);
        json.append("{\"lang\":");
        JsonText.string(json, language);
        json.append(",\"parts\":[");
        findings(json, "part", parts);
        json.append("],\"patterns\":[");
        findings(json, "pattern", patterns);
        json.append("],\"score\":").append(score()).append('}');
        return json.toString();
    }

    private static void findings(StringBuilder json, String key, List<? extends Found<? extends Enum<?>>> found) {
        for (int i = 0; i < found.size(); i++) {
            Found<? extends Enum<?>> f = found.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"").append(key).append("\":");
            JsonText.string(json, f.kind().name());
            json.append(",\"start\":").append(f.start()).append(",\"end\":").append(f.end());
            if (f.text() != null) {
                json.append(",\"text\":");
                JsonText.string(json, f.text());
            }
            json.append('}');
        }
    }
}
