package app.kintsugi.program;

/**
 * One "what next" suggestion.
 *
 * @param reason     why it is suggested, as a message key (for example {@code next.reason.continue})
 * @param exerciseId the exercise it points to, or null
 * @param messageKey the text for suggestions that are not exercises, or null
 * @param path       where it leads
 */
public record Suggestion(String reason, String exerciseId, String messageKey, String path) {
}
