package app.kintsugi.shared;

/**
 * Thrown when something does not exist or the viewer may not see it. Both cases must look the same
 * to the person asking, so the web layer answers both with the same 404 page.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found", null, false, false);
    }
}
