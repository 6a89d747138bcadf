package app.kintsugi.movingon;

import java.time.Instant;
import java.util.UUID;

/** One piece of accountable writing, for its author alone. */
public record AccountableEntry(UUID id, AccountableDraft content, Instant createdAt, Instant updatedAt, long version) {
}
