package app.kintsugi.help;

import java.time.LocalDate;

/**
 * A session-prep report made just now, in memory only.
 *
 * @param date     the day it was made, on the person's calendar
 * @param sections how many parts it has
 * @param fileName the name to offer for the download
 */
public record PreparedPdf(byte[] content, LocalDate date, int sections, String fileName) {

    @Override
    public String toString() {
        return "PreparedPdf[" + content.length + " bytes, " + sections + " sections]";
    }
}
