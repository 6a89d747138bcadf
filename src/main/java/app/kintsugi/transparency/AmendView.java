package app.kintsugi.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One concrete action of an amends plan.
 *
 * @param mine    whether the viewer is making these amends
 * @param overdue whether its date has passed and it is not done (on the author's calendar)
 */
public record AmendView(UUID id, String authorName, boolean mine, String partnerName, String text, LocalDate due,
        AmendStatus status, boolean overdue, Instant createdAt, Instant doneAt, Instant acknowledgedAt, String ackNote,
        long version) {

    public boolean canAcknowledge() {
        return !mine && status == AmendStatus.DONE && acknowledgedAt == null;
    }

    public boolean canChange() {
        return mine && status != AmendStatus.DONE;
    }
}
