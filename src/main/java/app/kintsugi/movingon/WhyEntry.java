package app.kintsugi.movingon;

import java.time.Instant;
import java.util.UUID;

import app.kintsugi.privacy.Visibility;

/**
 * A reflection on why, as its author sees it.
 *
 * @param summary    the separate summary its author may share, or null
 * @param visibility who besides the author can read the summary; the three areas are the author's alone
 * @param sharedNow  the summary is shared and the partner it was shared with can read it right now
 */
public record WhyEntry(UUID id, WhyDraft content, String summary, Visibility visibility, boolean sharedNow, Instant createdAt,
        Instant updatedAt, long version) {
}
