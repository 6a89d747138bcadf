package app.kintsugi.notices;

import java.time.LocalTime;

/**
 * What a person chose. Everything is off until they choose it.
 *
 * @param partnerNews a notice when something waits for them from their partner
 * @param quietFrom   start of quiet hours in their own time zone, or null for none
 * @param quietUntil  end of quiet hours (may be on the next day), or null for none
 * @param daily       at most one notice a day, at {@code dailyAt}, instead of one as things come
 */
public record NoticeChoices(boolean partnerNews, LocalTime quietFrom, LocalTime quietUntil, boolean daily,
        LocalTime dailyAt) {

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
    }

    public boolean quietHours() {
        return quietFrom != null;
    }
}
