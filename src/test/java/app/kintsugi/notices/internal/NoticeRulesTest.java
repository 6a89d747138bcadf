package app.kintsugi.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import app.kintsugi.notices.NoticeChoices;

/** When a notice may go: quiet hours across midnight and across a daylight-saving change, once a day or as things come. */
class NoticeRulesTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final NoticeChoices NIGHTS_QUIET = new NoticeChoices(true, LocalTime.of(22, 0), LocalTime.of(7, 0), false, null);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
    }

    @Test
    void nothingGoesToSomeoneWhoDidNotChooseNotices() {
        assertThat(NoticeRules.window(NoticeChoices.NONE, MADRID, at("2026-05-04T12:00"), at("2026-05-04T11:00"), null)).isEmpty();
    }

    @Test
    void quietHoursRunAcrossMidnight() {
        assertThat(NoticeRules.quiet(NIGHTS_QUIET, LocalTime.of(21, 59))).isFalse();
        assertThat(NoticeRules.quiet(NIGHTS_QUIET, LocalTime.of(22, 0))).isTrue();
        assertThat(NoticeRules.quiet(NIGHTS_QUIET, LocalTime.of(0, 30))).isTrue();
        assertThat(NoticeRules.quiet(NIGHTS_QUIET, LocalTime.of(6, 59))).isTrue();
        assertThat(NoticeRules.quiet(NIGHTS_QUIET, LocalTime.of(7, 0))).isFalse();
        NoticeChoices afternoons = new NoticeChoices(true, LocalTime.of(13, 0), LocalTime.of(15, 0), false, null);
        assertThat(NoticeRules.quiet(afternoons, LocalTime.of(14, 0))).isTrue();
        assertThat(NoticeRules.quiet(afternoons, LocalTime.of(15, 0))).isFalse();
        assertThat(NoticeRules.quiet(afternoons, LocalTime.of(23, 0))).isFalse();
    }

    @Test
    void aQuestionAskedAtHalfPastTenWaitsUntilSevenAndIsToldOnce() {
        Instant asked = at("2026-05-04T22:30");
        assertThat(NoticeRules.window(NIGHTS_QUIET, MADRID, asked, asked, null)).isEmpty();
        assertThat(NoticeRules.window(NIGHTS_QUIET, MADRID, at("2026-05-05T06:59"), asked, null)).isEmpty();
        assertThat(NoticeRules.window(NIGHTS_QUIET, MADRID, at("2026-05-05T07:00"), asked, null))
                .contains("n:" + asked.toEpochMilli());
        // Once told, the same thing is not told again.
        assertThat(NoticeRules.window(NIGHTS_QUIET, MADRID, at("2026-05-05T07:05"), asked, asked)).isEmpty();
        // Something newer is.
        Instant later = at("2026-05-05T09:00");
        assertThat(NoticeRules.window(NIGHTS_QUIET, MADRID, later, later, asked)).contains("n:" + later.toEpochMilli());
    }

    @Test
    void quietHoursFollowThePersonsClockWhenClocksGoForward() {
        // Madrid moves from 02:00 to 03:00 on 29 March 2026: 07:00 that morning is 05:00 UTC, not 06:00.
        Instant asked = at("2026-03-28T23:00");
        Instant fiveUtc = Instant.parse("2026-03-29T05:00:00Z");
        assertThat(fiveUtc.atZone(MADRID).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(NoticeRules.window(NIGHTS_QUIET, MADRID, fiveUtc.minus(Duration.ofMinutes(1)), asked, null)).isEmpty();
        assertThat(NoticeRules.window(NIGHTS_QUIET, MADRID, fiveUtc, asked, null)).isPresent();
        // And when they go back (25 October 2026), 07:00 is 06:00 UTC.
        Instant sixUtc = Instant.parse("2026-10-25T06:00:00Z");
        assertThat(NoticeRules.window(NIGHTS_QUIET, MADRID, sixUtc.minus(Duration.ofMinutes(1)), at("2026-10-24T23:00"), null)).isEmpty();
        assertThat(NoticeRules.window(NIGHTS_QUIET, MADRID, sixUtc, at("2026-10-24T23:00"), null)).isPresent();
    }

    @Test
    void onceADayGoesAtTheChosenTimeAndAtMostOnceThatDay() {
        NoticeChoices daily = new NoticeChoices(true, null, null, true, LocalTime.of(18, 0));
        Instant morning = at("2026-05-04T09:00");
        assertThat(NoticeRules.window(daily, MADRID, at("2026-05-04T17:59"), morning, null)).isEmpty();
        assertThat(NoticeRules.window(daily, MADRID, at("2026-05-04T18:00"), morning, null)).contains("d:2026-05-04");
        // Something new later the same day belongs to the same window, which the job sends only once.
        Instant evening = at("2026-05-04T20:00");
        assertThat(NoticeRules.window(daily, MADRID, evening, evening, morning)).contains("d:2026-05-04");
        assertThat(NoticeRules.window(daily, MADRID, at("2026-05-05T18:00"), evening, morning)).contains("d:2026-05-05");
        // As things come, each newer thing is a window of its own.
        NoticeChoices now = new NoticeChoices(true, null, null, false, null);
        assertThat(NoticeRules.window(now, MADRID, evening, evening, morning)).contains("n:" + evening.toEpochMilli());
    }

    @Test
    void aDailyTimeInsideQuietHoursMovesToTheirEndAndASkippedHourToTheNextThatExists() {
        NoticeChoices lateDaily = new NoticeChoices(true, LocalTime.of(22, 0), LocalTime.of(7, 0), true, LocalTime.of(23, 30));
        assertThat(NoticeRules.dailyMoment(lateDaily, LocalDate.of(2026, 5, 5), MADRID)).isEqualTo(at("2026-05-05T07:00"));
        assertThat(NoticeRules.window(lateDaily, MADRID, at("2026-05-05T07:00"), at("2026-05-04T22:30"), null))
                .contains("d:2026-05-05");
        NoticeChoices skipped = new NoticeChoices(true, null, null, true, LocalTime.of(2, 30));
        assertThat(NoticeRules.dailyMoment(skipped, LocalDate.of(2026, 3, 29), MADRID))
                .isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 3, 29), LocalTime.of(3, 30), MADRID).toInstant());
    }
}
