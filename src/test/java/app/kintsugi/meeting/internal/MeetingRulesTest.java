package app.kintsugi.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.account.PersonId;

class MeetingRulesTest {

    private final PersonId ana = new PersonId(UUID.randomUUID());
    private final PersonId ben = new PersonId(UUID.randomUUID());

    @Test
    void aMeetingBelongsToTheWeekFromMondayToSundayThatHoldsItsDay() {
        assertThat(MeetingRules.weekOf(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 7)); // a Monday
        assertThat(MeetingRules.weekOf(LocalDate.of(2026, 12, 13))).isEqualTo(LocalDate.of(2026, 12, 7)); // its Sunday
        assertThat(MeetingRules.weekOf(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 11, 30)); // the Sunday before
        assertThat(MeetingRules.weekOf(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 28)); // across the year
        assertThat(MeetingRules.dayIn(LocalDate.of(2026, 12, 7), DayOfWeek.SUNDAY)).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(MeetingRules.dayIn(LocalDate.of(2026, 12, 7), DayOfWeek.MONDAY)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void onlyThePartnerOfTheOneWhoProposedAcceptsAndOnlyOnce() {
        assertThat(MeetingRules.mayAccept(ben, ana, false)).isTrue();
        assertThat(MeetingRules.mayAccept(ana, ana, false)).as("not one's own proposal").isFalse();
        assertThat(MeetingRules.mayAccept(ben, ana, true)).as("not once agreed").isFalse();
    }

    @Test
    void proposingTheSameDayTimeAndZoneIsNoChange() {
        LocalTime seven = LocalTime.of(19, 0);
        assertThat(MeetingRules.changes(DayOfWeek.SUNDAY, seven, "Europe/Madrid", DayOfWeek.SUNDAY, seven, "Europe/Madrid")).isFalse();
        assertThat(MeetingRules.changes(DayOfWeek.MONDAY, seven, "Europe/Madrid", DayOfWeek.SUNDAY, seven, "Europe/Madrid")).isTrue();
        assertThat(MeetingRules.changes(DayOfWeek.SUNDAY, LocalTime.of(20, 0), "Europe/Madrid", DayOfWeek.SUNDAY, seven, "Europe/Madrid"))
                .isTrue();
        assertThat(MeetingRules.changes(DayOfWeek.SUNDAY, seven, "Europe/London", DayOfWeek.SUNDAY, seven, "Europe/Madrid")).isTrue();
    }

    @Test
    void thePartnersPreparationShowsOnlyOnceTheMeetingStarted() {
        assertThat(MeetingRules.seesPartnersPreparation(null)).isFalse();
        assertThat(MeetingRules.seesPartnersPreparation(1L)).isTrue();
    }
}
