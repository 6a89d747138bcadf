package app.kintsugi.notices.web;

import app.kintsugi.notices.NoticeChoiceDraft;
import app.kintsugi.notices.NoticeChoices;
import app.kintsugi.notices.NoticeStatus;
import lombok.Getter;
import lombok.Setter;

/** The notice settings form; times as the browser's time field sends them ("22:00"). */
@Getter
@Setter
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
}
