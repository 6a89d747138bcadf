package app.kintsugi.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a notice may go. Pure rules, read in the person's own time zone, so quiet hours and the daily
 * time follow their clock across daylight-saving changes.
 */
final class NoticeRules {

    private NoticeRules() {
    }

    /** True while quiet hours hold; hours that run past midnight (22:00 to 07:00) are one stretch. */
    static boolean quiet(NoticeChoices choices, LocalTime time) {
        if (!choices.quietHours()) {
            return false;
        }
        LocalTime from = choices.quietFrom();
        LocalTime until = choices.quietUntil();
        if (from.isBefore(until)) {
            return !time.isBefore(from) && time.isBefore(until);
        }
        return !time.isBefore(from) || time.isBefore(until);
    }

    /**
     * The moment of the daily notice on a day. A time inside quiet hours moves to their end, so a
     * daily notice is never silenced for good; a time that does not exist that day (the hour skipped
     * when clocks go forward) is the moment just after.
     */
    static Instant dailyMoment(NoticeChoices choices, LocalDate day, ZoneId zone) {
        LocalTime at = quiet(choices, choices.dailyAt()) ? choices.quietUntil() : choices.dailyAt();
        return ZonedDateTime.of(day, at, zone).toInstant();
    }

    /**
     * Whether a notice goes now, and if so the window it belongs to: the same window is never sent
     * twice.
     *
     * @param newest          when the newest thing waiting for the person first appeared, or null
     * @param notifiedThrough the newest thing an earlier notice already told of, or null
     */
    static Optional<String> window(NoticeChoices choices, ZoneId zone, Instant now, Instant newest,
            Instant notifiedThrough) {
        if (!choices.partnerNews() || newest == null) {
            return Optional.empty();
        }
        if (notifiedThrough != null && !newest.isAfter(notifiedThrough)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        if (quiet(choices, local.toLocalTime())) {
            return Optional.empty();
        }
        if (!choices.daily()) {
            return Optional.of("n:" + newest.toEpochMilli());
        }
        LocalDate day = local.toLocalDate();
        if (now.isBefore(dailyMoment(choices, day, zone))) {
            return Optional.empty();
        }
        return Optional.of("d:" + day);
    }
}
