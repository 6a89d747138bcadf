package app.kintsugi.transparency;

import java.time.Instant;
import java.util.UUID;

/**
 * Something one partner told the other before being asked.
 *
 * @param mine           whether the viewer shared it
 * @param acknowledgedAt when the partner acknowledged it, or null
 * @param ackNote        what they wrote with their acknowledgement, or null
 */
public record DisclosureView(UUID id, String authorName, boolean mine, String partnerName, String text, Instant sharedAt,
        Instant acknowledgedAt, String ackNote) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean canAcknowledge() {
        return !mine && acknowledgedAt == null;
    }
}
