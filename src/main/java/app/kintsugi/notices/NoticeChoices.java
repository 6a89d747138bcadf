package app.kintsugi.notices;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * What a person chose. Everything is off until they choose it.
 *
 * @param partnerNews a notice when something waits for them from their partner
 * @param quietFrom   start of quiet hours in their own time zone, or null for none
 * @param quietUntil  end of quiet hours (may be on the next day), or null for none
 * @param daily       at most one notice a day, at {@code dailyAt}, instead of one as things come
 * @param reminders   reminders of what they themselves have due
 * @param look        the sender name and subject their mails carry
 */
public record NoticeChoices(boolean partnerNews, LocalTime quietFrom, LocalTime quietUntil, boolean daily,
        LocalTime dailyAt, Reminders reminders, MailLook look) {

    public static final LocalTime DEFAULT_QUIET_FROM = LocalTime.of(22, 0);
    public static final LocalTime DEFAULT_QUIET_UNTIL = LocalTime.of(7, 0);
    public static final LocalTime DEFAULT_DAILY_AT = LocalTime.of(8, 0);

    public static final NoticeChoices NONE = new NoticeChoices(false, null, null, false, DEFAULT_DAILY_AT);

    public NoticeChoices {
        if (quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil)) {
            quietFrom = null;
            quietUntil = null;
        }
        if (dailyAt == null) {
            dailyAt = DEFAULT_DAILY_AT;
        }
        if (reminders == null) {
            reminders = Reminders.NONE;
        }
        if (look == null) {
            look = MailLook.NAMED;
        }
    }

    /** Notices of the partner's news only, with the usual look. */
    public NoticeChoices(boolean partnerNews, LocalTime quietFrom, LocalTime quietUntil, boolean daily, LocalTime dailyAt) {
        this(partnerNews, quietFrom, quietUntil, daily, dailyAt, Reminders.NONE, MailLook.NAMED);
    }

    public boolean quietHours() {
        return quietFrom != null;
    }

    /** True when any mail at all was chosen. */
    public boolean anything() {
        return partnerNews || reminders.dueThings() || reminders.conversationBefore();
    }

    /**
     * Reminders of a person's own due things.
     *
     * @param dueThings          one mail on a day something is due for them (a commitment's check-in, a
     *                           promised answer, a boundary to look at again, a conversation), at {@code at}
     * @param at                 the time of that mail, in their own time zone
     * @param weeklyDay          the day the weekly check-in is recalled, or null for any day it is due
     * @param conversationBefore a mail about an hour before a planned conversation
     */
    public record Reminders(boolean dueThings, LocalTime at, DayOfWeek weeklyDay, boolean conversationBefore) {

        public static final LocalTime DEFAULT_AT = LocalTime.of(19, 0);
        public static final Reminders NONE = new Reminders(false, DEFAULT_AT, null, false);

        public Reminders {
            if (at == null) {
                at = DEFAULT_AT;
            }
        }
    }
}
