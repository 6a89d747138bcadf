package app.kintsugi.program;

/** A moment a partner chose to mark on the couple's timeline. */
public enum TimelineKind {
    MILESTONE,
    SETBACK
}
