package app.kintsugi.transparency;

/** How the partner who receives the disclosure chooses to read it. */
public enum ReadingWay {
    WITH_COUNSELOR,
    TOGETHER,
    ALONE
}
