package app.kintsugi.notices.web;

import app.kintsugi.notices.NoticeChoiceDraft;
import app.kintsugi.notices.NoticeChoices;
import app.kintsugi.notices.NoticeStatus;

/** The notice settings form; times as the browser's time field sends them ("22:00"). */
public class NoticeForm {

    private boolean partnerNews;
    private boolean quietHours;
    private String quietFrom = "22:00";
    private String quietUntil = "07:00";
    private String delivery = "NOW";
    private String dailyAt = "08:00";
    private boolean reminders;
    private String remindAt = "19:00";
    private String weeklyDay = "";
    private boolean conversationBefore;
    private String look = "NAMED";
    private int version;

    NoticeChoiceDraft draft() {
        return new NoticeChoiceDraft(partnerNews, quietHours, quietFrom, quietUntil, delivery, dailyAt, reminders, remindAt, weeklyDay,
                conversationBefore, look);
    }

    static NoticeForm of(NoticeStatus status) {
        NoticeChoices c = status.choices();
        NoticeForm form = new NoticeForm();
        form.partnerNews = c.partnerNews();
        form.quietHours = c.quietHours();
        form.quietFrom = String.valueOf(c.quietHours() ? c.quietFrom() : NoticeChoices.DEFAULT_QUIET_FROM);
        form.quietUntil = String.valueOf(c.quietHours() ? c.quietUntil() : NoticeChoices.DEFAULT_QUIET_UNTIL);
        form.delivery = c.daily() ? "DAILY" : "NOW";
        form.dailyAt = String.valueOf(c.dailyAt());
        form.reminders = c.reminders().dueThings();
        form.remindAt = String.valueOf(c.reminders().at());
        form.weeklyDay = c.reminders().weeklyDay() == null ? "" : c.reminders().weeklyDay().name();
        form.conversationBefore = c.reminders().conversationBefore();
        form.look = c.look().name();
        form.version = status.version();
        return form;
    }

    public boolean isPartnerNews() {
        return partnerNews;
    }

    public void setPartnerNews(boolean partnerNews) {
        this.partnerNews = partnerNews;
    }

    public boolean isQuietHours() {
        return quietHours;
    }

    public void setQuietHours(boolean quietHours) {
        this.quietHours = quietHours;
    }

    public String getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(String quietFrom) {
        this.quietFrom = quietFrom;
    }

    public String getQuietUntil() {
        return quietUntil;
    }

    public void setQuietUntil(String quietUntil) {
        this.quietUntil = quietUntil;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public String getDailyAt() {
        return dailyAt;
    }

    public void setDailyAt(String dailyAt) {
        this.dailyAt = dailyAt;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public boolean isReminders() {
        return reminders;
    }

    public void setReminders(boolean reminders) {
        this.reminders = reminders;
    }

    public String getRemindAt() {
        return remindAt;
    }

    public void setRemindAt(String remindAt) {
        this.remindAt = remindAt;
    }

    public String getWeeklyDay() {
        return weeklyDay;
    }

    public void setWeeklyDay(String weeklyDay) {
        this.weeklyDay = weeklyDay;
    }

    public boolean isConversationBefore() {
        return conversationBefore;
    }

    public void setConversationBefore(boolean conversationBefore) {
        this.conversationBefore = conversationBefore;
    }

    public String getLook() {
        return look;
    }

    public void setLook(String look) {
        this.look = look;
    }
}
