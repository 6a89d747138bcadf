package app.kintsugi.trust;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The consistency record of a commitment: the figures, the heat map and the trend.
 *
 * @param start the first day the commitment counts
 */
public record RecordView(Consistency consistency, HeatMap heatMap, LocalDate today, LocalDate start) {

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
