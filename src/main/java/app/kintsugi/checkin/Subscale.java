package app.kintsugi.checkin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named score made from some of a questionnaire's items. {@code min} and {@code max} are the
 * lowest and highest score it can have, worked out from its items' scales and its scoring.
 * {@code reliableChange} is the smallest difference between two scores that counts as a real
 * change (see {@link ReliableChange}); {@code higherIsBetter} says which direction is the good one.
 * Cut-offs are listed from lowest to highest.
 */
public record Subscale(String name, List<String> items, Scoring scoring, double min, double max, double reliableChange,
        boolean higherIsBetter, List<Cutoff> cutoffs) {

    public Subscale {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        Objects.requireNonNull(scoring, "scoring");
        cutoffs = List.copyOf(cutoffs);
        if (!(reliableChange > 0)) {
            throw new IllegalArgumentException("subscale '" + name + "': the reliable-change threshold must be more than 0");
        }
    }

    /** The highest cut-off that {@code score} reaches, if any. */
    public Optional<Cutoff> cutoff(double score) {
        Cutoff reached = null;
        for (Cutoff cutoff : cutoffs) {
            if (score >= cutoff.at()) {
                reached = cutoff;
            }
        }
        return Optional.ofNullable(reached);
    }
}
