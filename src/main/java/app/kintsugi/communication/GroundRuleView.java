package app.kintsugi.communication;

import java.util.UUID;

/** One of the couple's own ground rules; {@code mine} tells whether the viewer added it. */
public record GroundRuleView(UUID id, String text, String authorName, boolean mine) {
}
