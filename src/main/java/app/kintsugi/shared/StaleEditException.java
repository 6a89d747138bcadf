package app.kintsugi.shared;

/**
 * The entry changed since the person opened it (in another window or by another device). The page
 * keeps what they typed and shows the saved version beside it, so neither is lost.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException() {
        super("stale edit", null, false, false);
    }
}
