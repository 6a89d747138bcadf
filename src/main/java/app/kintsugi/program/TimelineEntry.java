package app.kintsugi.program;

import java.time.LocalDate;
import java.util.UUID;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.Visibility;

/** An entry on the timeline as a permitted viewer sees it. */
public record TimelineEntry(UUID id, PersonId author, String authorName, boolean mine, TimelineKind kind, LocalDate on,
        String title, String note, Visibility visibility) {

    @Override
    public String toString() {
        return "TimelineEntry[" + id + "]";
    }
}
