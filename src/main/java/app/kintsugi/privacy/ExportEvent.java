package app.kintsugi.privacy;

import java.time.Instant;

/**
 * Something that happened to an entry: written, shared, sent, answered, a visibility changed.
 * Names and ids only, never content.
 *
 * @param detail a short code such as {@code PRIVATE->PARTNER}, or null
 */
public record ExportEvent(Instant at, String event, String detail) {
}
