package app.kintsugi.moments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LogSummaryTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** A Thursday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void weeksStartOnMondayInThePersonsZoneAndTheLastTwoAreComparedWithTheTwoBefore() {
        List<LogSummary.Moment> moments = new ArrayList<>();
        // Monday 00:30 in Madrid is still Sunday in UTC: it belongs to the new week.
        moments.add(at(LocalDate.of(2026, 11, 30), 0, 30, 8, "A walk"));
        moments.add(at(LocalDate.of(2026, 11, 29), 23, 30, 6, "a  WALK "));
        moments.add(at(LocalDate.of(2026, 11, 20), 12, 0, 4, null));
        moments.add(at(LocalDate.of(2026, 11, 19), 12, 0, 4, ""));
        moments.add(at(LocalDate.of(2026, 11, 12), 12, 0, 9, "Music"));
        moments.add(at(LocalDate.of(2026, 11, 10), 12, 0, 9, "Music"));
        moments.add(at(LocalDate.of(2026, 11, 9), 12, 0, 7, "Music"));
        moments.add(at(LocalDate.of(2026, 12, 4), 12, 0, 5, null)); // tomorrow: not counted
        moments.add(at(LocalDate.of(2026, 10, 1), 12, 0, 5, null)); // before the eight weeks

        LogSummary s = LogSummary.of(moments, TODAY, MADRID);

        assertThat(s.weeks()).hasSize(LogSummary.WEEKS);
        assertThat(s.weeks().get(7).start()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(s.weeks().get(7).count()).isEqualTo(1);
        assertThat(s.weeks().get(6).count()).isEqualTo(1);
        assertThat(s.weeks().get(5).count()).isEqualTo(2);
        assertThat(s.weeks().get(4).count()).isEqualTo(3);
        assertThat(s.weeks().get(4).averageStrength()).isCloseTo(25.0 / 3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(s.weeks().get(3).averageStrength()).isNull();
        assertThat(s.total()).isEqualTo(7);
        assertThat(s.recent()).isEqualTo(2);
        assertThat(s.earlier()).isEqualTo(5);
        assertThat(s.trend()).isEqualTo(LogSummary.Trend.FEWER);
        assertThat(s.helpedMost()).containsExactly(new LogSummary.Count("Music", 3), new LogSummary.Count("A walk", 2));
        assertThat(s.maxCount()).isEqualTo(3);
    }

    @Test
    void moreOrTheSameOrTooLittleToCompare() {
        assertThat(LogSummary.of(List.of(), TODAY, MADRID).trend()).isEqualTo(LogSummary.Trend.NONE);
        assertThat(LogSummary.of(List.of(at(TODAY, 9, 0, 3, null)), TODAY, MADRID).trend()).isEqualTo(LogSummary.Trend.NONE);
        assertThat(LogSummary.of(List.of(at(TODAY, 9, 0, 3, null), at(TODAY.minusDays(14), 9, 0, 3, null)), TODAY, MADRID).trend())
                .isEqualTo(LogSummary.Trend.SAME);
        assertThat(LogSummary.of(List.of(at(TODAY, 9, 0, 3, null), at(TODAY, 10, 0, 3, null)), TODAY, MADRID).trend())
                .isEqualTo(LogSummary.Trend.MORE);
    }

    @Test
    void aTagOrAHelpWrittenOnceIsNotAPattern() {
        LogSummary s = LogSummary.of(List.of(new LogSummary.Moment(TODAY.atTime(9, 0).atZone(MADRID).toInstant(), 2,
                List.of("Song", "car"), "Tea"), new LogSummary.Moment(TODAY.atTime(10, 0).atZone(MADRID).toInstant(), 2, List.of("song"),
                        "Tea")), TODAY, MADRID);
        assertThat(s.tagsMost()).containsExactly(new LogSummary.Count("Song", 2), new LogSummary.Count("car", 1));
        assertThat(s.helpedMost()).containsExactly(new LogSummary.Count("Tea", 2));
    }

    @Test
    void aYearlyDateComesBackAndAOneOffDatePasses() {
        LocalDate today = LocalDate.of(2027, 3, 1);
        assertThat(HardMoments.next(LocalDate.of(2024, 2, 29), true, today)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(HardMoments.next(LocalDate.of(2024, 2, 29), true, LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(HardMoments.next(LocalDate.of(2020, 3, 1), true, today)).isEqualTo(today);
        assertThat(HardMoments.next(LocalDate.of(2027, 2, 28), false, today)).isNull();
        assertThat(HardMoments.next(LocalDate.of(2027, 3, 1), false, today)).isEqualTo(today);
    }

    private static LogSummary.Moment at(LocalDate day, int hour, int minute, int strength, String helped) {
        Instant at = day.atTime(hour, minute).atZone(MADRID).toInstant();
        return new LogSummary.Moment(at, strength, List.of(), helped);
    }
}
