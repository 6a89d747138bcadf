package app.kintsugi.movingon;

import java.time.Instant;
import java.util.UUID;

/** One dated "where I am now", as its author sees it. {@code note} is private always, even when the position is shared. */
public record ForgivenessMark(UUID id, ForgivenessPosition position, String note, boolean shared, boolean sharedNow, Instant at) {
}
