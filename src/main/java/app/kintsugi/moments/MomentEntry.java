package app.kintsugi.moments;

import java.time.Instant;
import java.util.List;

/** One logged hard moment, as its writer reads it. Text fields are null when left empty. */
public record MomentEntry(java.util.UUID id, Instant happenedAt, int strength, String what, List<String> tags, String did,
        String helped, long version) {
}
