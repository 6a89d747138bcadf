package app.kintsugi.respect;

import java.time.Instant;
import java.util.UUID;

/**
 * An appreciation, as one of the two partners sees it.
 *
 * @param mine  whether the viewer sent it
 * @param fresh whether it was sent to the viewer and this is the first time they see it
 */
public record AppreciationView(UUID id, boolean mine, String authorName, String partnerName, String text, Instant sentAt,
        boolean fresh) {
}
