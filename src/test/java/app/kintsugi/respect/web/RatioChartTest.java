package app.kintsugi.respect.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.kintsugi.respect.RatioWeeks;

/** The ratio chart's geometry, without Spring: columns, labels and the reference line. */
class RatioChartTest {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 23);

    @Test
    void aWeekWithNothingCountedHasNoColumn() {
        assertThat(RatioChart.of(weeks(new int[12], new int[12])).columns()).hasSize(12)
                .allMatch(c -> c.empty() && c.positiveHeight() == 0 && c.negativeHeight() == 0);

        int[] positives = new int[12];
        positives[1] = 1;
        assertThat(RatioChart.of(weeks(positives, new int[12])).columns().stream().filter(c -> !c.empty())).hasSize(1);
    }

    @Test
    void fiveToOneReachesTheReferenceLineExactly() {
        int[] positives = new int[12];
        int[] negatives = new int[12];
        positives[11] = 5;
        negatives[11] = 1;
        positives[10] = 10;
        negatives[10] = 1;
        positives[9] = 1;
        negatives[9] = 1;
        RatioChart chart = RatioChart.of(weeks(positives, negatives));

        assertThat(chart.referenceY()).as("five sixths of the way up").isEqualTo(RatioChart.HEIGHT / 6);
        RatioChart.Column fiveToOne = chart.columns().get(11);
        assertThat(fiveToOne.positiveY()).isEqualTo(chart.referenceY());
        assertThat(fiveToOne.positiveHeight() + fiveToOne.negativeHeight()).isEqualTo(RatioChart.HEIGHT);
        assertThat(chart.columns().get(10).positiveY()).as("ten to one reaches above the line").isLessThan(chart.referenceY());
        assertThat(chart.columns().get(9).positiveY()).as("one to one reaches the middle").isEqualTo(chart.evenY());
        assertThat(chart.labels()).extracting(l -> l.week().monday()).containsExactly(FIRST_MONDAY,
                LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 18), LocalDate.of(2026, 6, 8));
    }

    private static RatioWeeks weeks(int[] positives, int[] negatives) {
        List<RatioWeeks.Week> weeks = new ArrayList<>();
        for (int i = 0; i < positives.length; i++) {
            weeks.add(new RatioWeeks.Week(FIRST_MONDAY.plusWeeks(i), positives[i], negatives[i]));
        }
        return new RatioWeeks(weeks, java.util.Arrays.stream(positives).sum(), java.util.Arrays.stream(negatives).sum());
    }
}
