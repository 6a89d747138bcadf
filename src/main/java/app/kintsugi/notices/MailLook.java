package app.kintsugi.notices;

/**
 * The sender name and subject a person's mails carry. The named look says "Kintsugi"; the neutral
 * ones name nothing, for an inbox someone else may glance at. Discreet mode always uses a neutral
 * look: the one chosen, or {@link #NOTIFICATIONS}.
 */
public enum MailLook {
    NAMED, NOTIFICATIONS, UPDATES, CALENDAR;

    public boolean neutral() {
        return this != NAMED;
    }

    /** The look a mail really carries for a person in or out of discreet mode. */
    public MailLook effective(boolean discreet) {
        return discreet && this == NAMED ? NOTIFICATIONS : this;
    }
}
