package app.kintsugi.trust;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The consistency record of one commitment, or of several together: how often it was kept, the
 * streaks, and week by week. Plain arithmetic over the due days, so it is cheap for years of days.
 *
 * <p>The rules, chosen so that nobody is shamed by a number:
 * <ul>
 * <li>A due day nobody answered is <em>unknown</em>: it is not counted as kept or as broken, and it
 * neither ends nor extends a streak.</li>
 * <li>The kept rate is kept days out of answered days. "Partly" is answered and not kept. A "kept"
 * the partner disputed is not counted as kept.</li>
 * <li>A streak is a run of kept days, skipping unknown ones; any other answer ends it.</li>
 * </ul>
 */
public record Consistency(Counts lastFourWeeks, Counts allTime, int currentStreak, int longestStreak, List<Week> weeks) {

    /** Weeks in the trend line. */
    public static final int TREND_WEEKS = 12;

    public record Counts(int due, int kept, int partly, int notKept, int unknown, int disputed) {

        /** Days with an answer: kept, partly, not kept, or a "kept" the partner disputed. */
        public int answered() {
            return due - unknown;
        }

        /** Kept out of answered, or empty when nothing was answered. */
        public OptionalDouble keptRate() {
            int answered = answered();
            return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) kept / answered);
        }

        /** The rate as a whole percentage, for text; -1 when there is none. */
        public int keptPercent() {
            OptionalDouble r = keptRate();
            return r.isPresent() ? (int) Math.round(r.getAsDouble() * 100) : -1;
        }
    }

    /** One calendar week (Monday to Sunday) of the trend. */
    public record Week(LocalDate monday, int due, int answered, int kept) {

        public OptionalDouble keptRate() {
            return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) kept / answered);
        }
    }

    /**
     * The record as people read it: only days that have ended count. Today is still going on, so it is
     * neither kept nor unknown yet, even when it has been answered; it counts from tomorrow.
     *
     * @param days  every due day, oldest first; days from {@code today} on are left out
     * @param today the day it is now for the person who committed
     */
    public static Consistency ofEndedDays(List<DayRecord> days, LocalDate today) {
        return of(days, today.minusDays(1));
    }

    /**
     * @param days  every due day up to and including {@code today}, oldest first
     * @param today the day it is now for the person who committed
     */
    public static Consistency of(List<DayRecord> days, LocalDate today) {
        LocalDate fourWeeksAgo = today.minusDays(27);
        Tally recent = new Tally();
        Tally all = new Tally();
        int longest = 0;
        int run = 0;
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(TREND_WEEKS - 1);
        int[][] weekly = new int[TREND_WEEKS][3];
        for (DayRecord d : days) {
            if (d.day().isAfter(today)) {
                continue;
            }
            all.add(d);
            if (!d.day().isBefore(fourWeeksAgo)) {
                recent.add(d);
            }
            if (d.kept()) {
                run++;
                longest = Math.max(longest, run);
            } else if (d.answered()) {
                run = 0;
            }
            if (!d.day().isBefore(firstMonday)) {
                int w = (int) (java.time.temporal.ChronoUnit.DAYS.between(firstMonday, d.day()) / 7);
                weekly[w][0]++;
                if (d.answered()) {
                    weekly[w][1]++;
                }
                if (d.kept()) {
                    weekly[w][2]++;
                }
            }
        }
        List<Week> weeks = new ArrayList<>(TREND_WEEKS);
        for (int w = 0; w < TREND_WEEKS; w++) {
            weeks.add(new Week(firstMonday.plusWeeks(w), weekly[w][0], weekly[w][1], weekly[w][2]));
        }
        return new Consistency(recent.counts(), all.counts(), run, longest, List.copyOf(weeks));
    }

    private static final class Tally {
        int due;
        int kept;
        int partly;
        int notKept;
        int unknown;
        int disputed;

        void add(DayRecord d) {
            due++;
            if (!d.answered()) {
                unknown++;
            } else if (d.kept()) {
                kept++;
            } else if (d.outcome() == Outcome.PARTLY) {
                partly++;
            } else if (d.outcome() == Outcome.NOT_KEPT) {
                notKept++;
            }
            if (d.disputed()) {
                disputed++;
            }
        }

        Counts counts() {
            return new Counts(due, kept, partly, notKept, unknown, disputed);
        }
    }
}
