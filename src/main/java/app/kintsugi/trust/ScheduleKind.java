package app.kintsugi.trust;

public enum ScheduleKind {
    /** Every day from the start. */
    DAILY,
    /** On chosen days of the week. */
    WEEKLY,
    /** Once, by a date. */
    ONCE
}
