package app.kintsugi.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One concrete action of an amends plan.
 *
 * @param mine    whether the viewer is making these amends
 * @param overdue whether its date has passed and it is not done (on the author's calendar)
 * @param ended   the space it was planned in has ended: only the viewer's own words are in it (the
 *                other's are null) and nothing more can be done with it
 */
public record AmendView(UUID id, String authorName, boolean mine, String partnerName, String text, LocalDate due,
        AmendStatus status, boolean overdue, Instant createdAt, Instant doneAt, Instant acknowledgedAt, String ackNote,
        long version, boolean ended) {

    public boolean canAcknowledge() {
        return !ended && !mine && status == AmendStatus.DONE && acknowledgedAt == null;
    }

    public boolean canChange() {
        return !ended && mine && status != AmendStatus.DONE;
    }
}
