package app.kintsugi.communication;

public enum EndReason {
    /** One of them ended it. */
    FINISHED,
    /** Nobody ended it; it closed itself after its planned length plus the grace time. */
    ABANDONED
}
