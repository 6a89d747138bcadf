package app.kintsugi.transparency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import app.kintsugi.transparency.internal.DetailDetector;

/**
 * What {@link DetailDetector} found in one question: the passages that ask for graphic or comparing
 * detail. It is there to offer gentle guidance while the question is written, never to stop it:
 * the question can always be sent as it is.
 *
 * @param found the passages, ordered by position in the text (then by category)
 */
public record DetailAnalysis(List<Found> found) {

    /**
     * One passage and why it was found. Offsets are indices into the analysed {@code String} (UTF-16
     * code units, as in Java and JavaScript), end exclusive.
     */
    public record Found(DetailCategory category, int start, int end) {

        public Found {
            Objects.requireNonNull(category, "category");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("invalid span " + start + ".." + end);
            }
        }
    }

    public DetailAnalysis {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Found::start).thenComparing(Found::category));
        found = List.copyOf(sorted);
    }

    /** Whether nothing was found: the question asks for no graphic or comparing detail. */
    public boolean calm() {
        return found.isEmpty();
    }

    /** The categories that occur at least once, in the enum's order. */
    public Set<DetailCategory> categories() {
        Set<DetailCategory> categories = EnumSet.noneOf(DetailCategory.class);
        found.forEach(f -> categories.add(f.category()));
        return Collections.unmodifiableSet(categories);
    }
}
