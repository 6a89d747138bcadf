package app.kintsugi.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.kintsugi.account.PersonId;

/**
 * An entry as a counselor (or its author choosing what to show) sees it, in labelled parts.
 *
 * @param title the author's title or the first words of the entry
 * @param parts what the entry holds, in order, without empty parts
 */
public record ShareableEntry(String kind, UUID id, PersonId owner, String title, Instant updatedAt, List<Part> parts) {

    public ShareableEntry {
        parts = List.copyOf(parts);
    }

    /**
     * One labelled part: text the person wrote, or a value named by a message key, with an optional
     * intensity (0 to 10).
     */
    public record Part(String labelKey, String text, String valueKey, Integer intensity) {

        public static Part written(String labelKey, String text) {
            return new Part(labelKey, text, null, null);
        }

        public static Part named(String labelKey, String valueKey) {
            return new Part(labelKey, null, valueKey, null);
        }

        public static Part rated(String labelKey, int intensity) {
            return new Part(labelKey, null, null, intensity);
        }
    }

    @Override
    public String toString() {
        return "ShareableEntry[" + kind + ", " + id + "]";
    }
}
