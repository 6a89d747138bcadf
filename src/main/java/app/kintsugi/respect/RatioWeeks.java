package app.kintsugi.respect;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Positive and negative moments counted per week, Monday to Sunday on one person's calendar, for
 * the last {@code weeks} weeks up to and including the current one. Plain counting: which week a
 * moment falls in is decided by its date in that person's time zone, so a week is a calendar week
 * even across a change to or from summer time.
 *
 * @param weeks     oldest first; a week with nothing counted is there too, with zeros
 * @param positives every positive moment of these weeks
 * @param negatives every negative moment of these weeks
 */
public record RatioWeeks(List<Week> weeks, int positives, int negatives) {

    /** The reference from research on couples: about five positive moments for each negative one. */
    public static final int REFERENCE = 5;

    public record Week(LocalDate monday, int positives, int negatives) {

        public boolean empty() {
            return positives == 0 && negatives == 0;
        }

        public int total() {
            return positives + negatives;
        }
    }

    /** The instants the weeks cover: from the first Monday's midnight to the next Monday's, in {@code zone}. */
    public record Window(Instant from, Instant to) {
    }

    public static Window window(ZoneId zone, LocalDate today, int weeks) {
        LocalDate first = firstMonday(today, weeks);
        LocalDate after = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return new Window(first.atStartOfDay(zone).toInstant(), after.atStartOfDay(zone).toInstant());
    }

    public static RatioWeeks of(Collection<Interaction> moments, ZoneId zone, LocalDate today, int weeks) {
        LocalDate first = firstMonday(today, weeks);
        int[] positive = new int[weeks];
        int[] negative = new int[weeks];
        int positives = 0;
        int negatives = 0;
        for (Interaction m : moments) {
            LocalDate day = LocalDate.ofInstant(m.at(), zone);
            long index = ChronoUnit.WEEKS.between(first, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (day.isBefore(first) || index >= weeks) {
                continue;
            }
            if (m.kind().positive()) {
                positive[(int) index]++;
                positives++;
            } else if (m.kind().negative()) {
                negative[(int) index]++;
                negatives++;
            }
        }
        List<Week> list = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            list.add(new Week(first.plusWeeks(i), positive[i], negative[i]));
        }
        return new RatioWeeks(List.copyOf(list), positives, negatives);
    }

    private static LocalDate firstMonday(LocalDate today, int weeks) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    }

    public boolean empty() {
        return positives == 0 && negatives == 0;
    }

    /** Positive moments for each negative one, or a negative number when there was no negative moment. */
    public double ratio() {
        return negatives == 0 ? -1 : (double) positives / negatives;
    }

    /** How many of the weeks had anything counted. */
    public int weeksWithMoments() {
        return (int) weeks.stream().filter(w -> !w.empty()).count();
    }

    public Week current() {
        return weeks.get(weeks.size() - 1);
    }
}
