package app.kintsugi.movingon;

import java.time.Instant;
import java.util.UUID;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.Visibility;

/**
 * A letter as a viewer may read it.
 *
 * @param mine      the viewer wrote it
 * @param sharedNow shared, and the partner it was shared with can read it right now
 */
public record Letter(UUID id, PersonId author, boolean mine, Addressee to, String text, Visibility visibility, boolean sharedNow,
        Instant createdAt, Instant updatedAt, long version) {
}
