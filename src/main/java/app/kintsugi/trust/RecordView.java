package app.kintsugi.trust;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The consistency record of a commitment: the figures, and each day it was due with what was reported
 * (the pages draw the heat map and the trend from these).
 *
 * @param days     every day from the start to today with what was reported, or nothing where nobody answered
 * @param schedule the commitment's schedule, which says which days were due
 * @param start    the first day the commitment counts
 */
public record RecordView(Consistency consistency, List<DayRecord> days, Schedule schedule, LocalDate today, LocalDate start) {

    public RecordView {
        days = List.copyOf(days);
    }

    /** Days that must have ended since the start before a chart says more than a sentence would. */
    public static final int DAYS_BEFORE_CHARTS = 14;

    /** Whether there are two weeks of ended days to draw; before that, a plain sentence says enough. */
    public boolean chartsReady() {
        return chartsReady(start, today);
    }

    static boolean chartsReady(LocalDate start, LocalDate today) {
        return ChronoUnit.DAYS.between(start, today) >= DAYS_BEFORE_CHARTS;
    }

    /** Days ended since the start, for the sentence shown before the charts. */
    public long daysEnded() {
        return Math.max(0, ChronoUnit.DAYS.between(start, today));
    }
}
