package app.kintsugi.notices;

/**
 * Notice choices as typed: times as "22:00", {@code delivery} NOW or DAILY, {@code weeklyDay} a day's
 * name or empty for any day, {@code look} one of {@link MailLook}. {@link Notices#choose(app.kintsugi.account.PersonId,
 * NoticeChoiceDraft, int)} checks them and names the field of each problem.
 */
public record NoticeChoiceDraft(boolean partnerNews, boolean quietHours, String quietFrom, String quietUntil, String delivery,
        String dailyAt, boolean reminders, String remindAt, String weeklyDay, boolean conversationBefore, String look) {
}
