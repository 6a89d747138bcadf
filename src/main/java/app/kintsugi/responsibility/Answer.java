package app.kintsugi.responsibility;

/** How the partner who received an apology feels about it, if they choose to answer at all. */
public enum Answer {
    HEARD,
    PARTLY,
    NOT_YET
}
