package app.kintsugi.respect.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.account.PersonId;
import app.kintsugi.respect.Interaction;
import app.kintsugi.respect.InteractionKind;
import app.kintsugi.respect.RatioWeeks;

/** The ratio chart's geometry, without Spring: columns, labels and the reference line. */
class RatioChartTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final PersonId ANA = new PersonId(UUID.randomUUID());

    @Test
    void aWeekWithNothingCountedHasNoColumn() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        RatioWeeks none = RatioWeeks.of(List.of(), MADRID, today, 12);
        assertThat(RatioChart.of(none).columns()).hasSize(12).allMatch(c -> c.positiveHeight() == 0 && c.negativeHeight() == 0);

        RatioWeeks one = RatioWeeks.of(List.of(positive(at("2026-04-01T10:00", MADRID))), MADRID, today, 12);
        assertThat(RatioChart.of(one).columns().stream().filter(c -> !c.empty())).hasSize(1);
    }

    @Test
    void fiveToOneReachesTheReferenceLineExactly() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        List<Interaction> moments = new ArrayList<>();
        Instant thisWeek = at("2026-06-08T09:00", MADRID);
        Instant lastWeek = at("2026-06-01T09:00", MADRID);
        Instant weekBefore = at("2026-05-25T09:00", MADRID);
        for (int i = 0; i < 5; i++) {
            moments.add(positive(thisWeek));
        }
        moments.add(negative(thisWeek));
        for (int i = 0; i < 10; i++) {
            moments.add(positive(lastWeek));
        }
        moments.add(negative(lastWeek));
        moments.add(positive(weekBefore));
        moments.add(negative(weekBefore));
        RatioWeeks weeks = RatioWeeks.of(moments, MADRID, today, 12);
        RatioChart chart = RatioChart.of(weeks);

        assertThat(RatioWeeks.REFERENCE).isEqualTo(5);
        assertThat(chart.referenceY()).as("five sixths of the way up").isEqualTo(RatioChart.HEIGHT / 6);
        RatioChart.Column fiveToOne = chart.columns().get(11);
        assertThat(fiveToOne.positiveY()).isEqualTo(chart.referenceY());
        assertThat(fiveToOne.positiveHeight() + fiveToOne.negativeHeight()).isEqualTo(RatioChart.HEIGHT);
        assertThat(chart.columns().get(10).positiveY()).as("ten to one reaches above the line").isLessThan(chart.referenceY());
        assertThat(chart.columns().get(9).positiveY()).as("one to one reaches the middle").isEqualTo(chart.evenY());
        assertThat(weeks.ratio()).isEqualTo(16.0 / 3);
        assertThat(chart.labels()).extracting(l -> l.week().monday()).containsExactly(LocalDate.of(2026, 3, 23),
                LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 18), LocalDate.of(2026, 6, 8));
    }

    private static Interaction positive(Instant at) {
        return new Interaction(at, InteractionKind.APPRECIATION, ANA);
    }

    private static Interaction negative(Instant at) {
        return new Interaction(at, InteractionKind.CROSSED_BOUNDARY);
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}
