package app.kintsugi.responsibility;

public enum ApologyStatus {
    DRAFT,
    SENT
}
