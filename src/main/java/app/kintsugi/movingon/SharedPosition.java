package app.kintsugi.movingon;

import java.time.Instant;
import java.util.UUID;

/** A position the partner chose to share: the position and its date, nothing else. */
public record SharedPosition(UUID id, ForgivenessPosition position, Instant at) {
}
