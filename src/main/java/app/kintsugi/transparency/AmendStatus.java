package app.kintsugi.transparency;

/** How far along an action of the amends plan is. */
public enum AmendStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
