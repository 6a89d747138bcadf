package app.kintsugi.moments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A repair as one of the two sees it.
 *
 * @param mine         the viewer's own part, or null before they wrote anything
 * @param theirs       the other's part: only once both have shared theirs
 * @param theyShared   the other has shared theirs (what it says is shown once the viewer shares too)
 * @param ended        the space has ended: the viewer reads their own part only
 */
public record RepairView(UUID id, String title, boolean startedByMe, String partnerName, Instant createdAt, Part mine,
        Part theirs, boolean theyShared, boolean ended) {

    /** One person's part. */
    public record Part(List<RepairFeeling> feelings, String perception, String triggers, String owned, String differently,
            Instant sharedAt, long version) {

        public boolean shared() {
            return sharedAt != null;
        }
    }

    public boolean bothShared() {
        return mine != null && mine.shared() && theirs != null;
    }

    /** A repair in the list. */
    public record Summary(UUID id, String title, boolean startedByMe, String partnerName, Instant createdAt, boolean iShared,
            boolean theyShared) {
    }
}
