package app.kintsugi.program;

import java.time.LocalDate;

import app.kintsugi.privacy.Visibility;

/**
 * A milestone or setback as written.
 *
 * @param on         the day it happened, in the author's own time zone
 * @param visibility private or shared with the partner
 */
public record TimelineDraft(TimelineKind kind, LocalDate on, String title, String note, Visibility visibility) {

    @Override
    public String toString() {
        return "TimelineDraft[kind=" + kind + ", <content hidden>]";
    }
}
