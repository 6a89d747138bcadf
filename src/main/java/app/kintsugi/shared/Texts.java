package app.kintsugi.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

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

    /** The first words of a text, at most {@code max} characters on a word boundary where one is near, with "…" when cut. */
    public static String firstWords(String value, int max) {
        String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max);
        int space = text.lastIndexOf(' ', end);
        return (space > max / 2 ? text.substring(0, space) : text.substring(0, end)) + "…";
    }

    /** A calendar day as a date field sends it (2026-12-06), or null when empty or not a day. */
    public static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
