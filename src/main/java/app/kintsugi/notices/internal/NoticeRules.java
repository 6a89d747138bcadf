package app.kintsugi.notices.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import app.kintsugi.notices.NoticeChoices;

/**
 * When a notice may go. Pure rules, read in the person's own time zone, so quiet hours and the daily
 * time follow their clock across daylight-saving changes.
 */
public final class NoticeRules {

    private NoticeRules() {
    }

    /** True while quiet hours hold; hours that run past midnight (22:00 to 07:00) are one stretch. */
    public static boolean quiet(NoticeChoices choices, LocalTime time) {
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
    public static Instant dailyMoment(NoticeChoices choices, LocalDate day, ZoneId zone) {
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
    public static Optional<String> window(NoticeChoices choices, ZoneId zone, Instant now, Instant newest,
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

    /** The key of the one Today item that belongs to a weekly day instead of every day. */
    public static final String WEEKLY_CHECK_IN = "due.weeklyCheckIn";

    /**
     * Whether today's reminder of the person's own due things goes now: once a local day, from the
     * chosen time on (moved to the end of quiet hours when inside them), never inside quiet hours, and
     * only when something is due. The weekly check-in counts only on the chosen day, when there is one.
     *
     * @param dueKeys the message keys of what Today lists as due for the person now
     */
    public static Optional<String> reminder(NoticeChoices choices, ZoneId zone, Instant now, List<String> dueKeys) {
        NoticeChoices.Reminders r = choices.reminders();
        if (!r.dueThings()) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        boolean somethingDue = dueKeys.stream().anyMatch(key -> !WEEKLY_CHECK_IN.equals(key)
                || r.weeklyDay() == null || r.weeklyDay() == day.getDayOfWeek());
        if (!somethingDue || quiet(choices, local.toLocalTime())) {
            return Optional.empty();
        }
        LocalTime at = quiet(choices, r.at()) ? choices.quietUntil() : r.at();
        if (now.isBefore(ZonedDateTime.of(day, at, zone).toInstant())) {
            return Optional.empty();
        }
        return Optional.of("r:" + day);
    }

    /** How long before a planned conversation its reminder goes. */
    public static final Duration BEFORE_CONVERSATION = Duration.ofHours(1);

    /**
     * Whether the reminder of a planned conversation goes now: in the hour before it starts, outside
     * quiet hours, once per conversation and time.
     */
    public static Optional<String> conversation(NoticeChoices choices, ZoneId zone, Instant now, Instant startsAt) {
        if (!choices.reminders().conversationBefore() || startsAt == null || !now.isBefore(startsAt)
                || now.isBefore(startsAt.minus(BEFORE_CONVERSATION))
                || quiet(choices, now.atZone(zone).toLocalTime())) {
            return Optional.empty();
        }
        return Optional.of("c:" + startsAt.toEpochMilli());
    }
}
