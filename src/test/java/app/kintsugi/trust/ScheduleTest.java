package app.kintsugi.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);

    @Test
    void dailyIsDueEveryDayFromStartToEnd() {
        Schedule s = Schedule.daily(MONDAY, MONDAY.plusDays(2));
        assertThat(s.dueDays(MONDAY.minusDays(5), MONDAY.plusDays(10))).containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2));
        assertThat(s.dueOn(MONDAY.minusDays(1))).isFalse();
        assertThat(s.dueOn(MONDAY.plusDays(3))).isFalse();
        assertThat(Schedule.daily(MONDAY, null).dueDays(MONDAY, MONDAY.plusDays(6))).hasSize(7);
    }

    @Test
    void weeklyIsDueOnTheChosenDaysOnly() {
        Schedule s = Schedule.weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), MONDAY, null);
        assertThat(s.dueDays(MONDAY, MONDAY.plusDays(13))).containsExactly(MONDAY, MONDAY.plusDays(3), MONDAY.plusDays(7),
                MONDAY.plusDays(10));
        assertThat(s.dueOn(MONDAY.plusDays(1))).isFalse();
        assertThatThrownBy(() -> Schedule.weekly(Set.of(), MONDAY, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onceIsDueOnItsDateOnly() {
        Schedule s = Schedule.once(MONDAY, MONDAY.plusDays(4));
        assertThat(s.dueDays(MONDAY, MONDAY.plusDays(30))).containsExactly(MONDAY.plusDays(4));
        assertThat(s.dueDays(MONDAY, MONDAY.plusDays(3))).isEmpty();
        assertThat(s.overAfter(MONDAY.plusDays(4))).isTrue();
        assertThatThrownBy(() -> Schedule.once(MONDAY, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.daily(MONDAY, MONDAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Days are calendar dates in the committer's zone: the night the clocks change has one check-in,
     * whether the day had 23 or 25 hours.
     */
    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
            "Europe/Madrid, 2026-03-28T12:00, 2026-03-30T12:00",
            "Europe/Madrid, 2026-10-24T12:00, 2026-10-26T12:00",
            "America/New_York, 2026-03-07T12:00, 2026-03-09T12:00",
            "Australia/Sydney, 2026-04-04T12:00, 2026-04-06T12:00"})
    void daylightSavingChangesNeitherAddNorDropADay(String zone, String from, String to) {
        ZoneId z = ZoneId.of(zone);
        LocalDate a = ZonedDateTime.of(java.time.LocalDateTime.parse(from), z).toLocalDate();
        LocalDate b = ZonedDateTime.of(java.time.LocalDateTime.parse(to), z).toLocalDate();
        Schedule s = Schedule.daily(a, null);
        assertThat(s.dueDays(a, b)).hasSize(3);
    }

    @Test
    void thePartnersDayIsNotTheCommittersDay() {
        // 23:30 on Monday in Madrid is already Tuesday in Tokyo and still Monday in New York.
        java.time.Instant moment = ZonedDateTime.of(2026, 3, 23, 23, 30, 0, 0, ZoneId.of("Europe/Madrid")).toInstant();
        assertThat(LocalDate.ofInstant(moment, ZoneId.of("Europe/Madrid"))).isEqualTo(MONDAY);
        assertThat(LocalDate.ofInstant(moment, ZoneId.of("Asia/Tokyo"))).isEqualTo(MONDAY.plusDays(1));
        Schedule mondays = Schedule.weekly(Set.of(DayOfWeek.MONDAY), MONDAY, null);
        // The check-in belongs to the committer's Monday, whatever day it is for the partner.
        assertThat(mondays.dueOn(LocalDate.ofInstant(moment, ZoneId.of("Europe/Madrid")))).isTrue();
        assertThat(List.of(mondays.dueOn(LocalDate.ofInstant(moment, ZoneId.of("Asia/Tokyo"))))).containsExactly(false);
    }
}
