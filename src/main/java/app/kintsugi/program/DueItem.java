package app.kintsugi.program;

/**
 * Something a person has due, offered by a feature module through {@link DueItemSource}.
 *
 * @param messageKey the text to show, from the message bundles
 * @param path       where to do it
 */
public record DueItem(String messageKey, String path) {
}
