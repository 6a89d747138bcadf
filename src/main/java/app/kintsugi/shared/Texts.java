package app.kintsugi.shared;

/** Small helpers for text people type. */
public final class Texts {

    private Texts() {
    }

    /** Trims and turns blank into null, so "nothing written" has one representation. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
