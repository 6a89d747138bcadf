package app.kintsugi.program;

public enum ProgressStatus {
    NOT_STARTED,
    STARTED,
    COMPLETED
}
