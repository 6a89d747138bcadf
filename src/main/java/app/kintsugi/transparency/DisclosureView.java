package app.kintsugi.transparency;

import java.time.Instant;
import java.util.UUID;

/**
 * Something one partner told the other before being asked.
 *
 * @param mine           whether the viewer shared it
 * @param acknowledgedAt when the partner acknowledged it, or null
 * @param ackNote        what they wrote with their acknowledgement, or null
 * @param ended          the space it was shared in has ended: only the viewer's own words are in it
 *                       (the other's are null) and it can no longer be acknowledged
 */
public record DisclosureView(UUID id, String authorName, boolean mine, String partnerName, String text, Instant sharedAt,
        Instant acknowledgedAt, String ackNote, boolean ended) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean canAcknowledge() {
        return !ended && !mine && acknowledgedAt == null;
    }
}
