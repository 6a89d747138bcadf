package app.kintsugi.program;

/**
 * Something a partner shared that the person has not opened yet, offered by a feature module
 * through {@link InboxSource}: shown on the dashboard as news, never as something owed.
 *
 * @param messageKey the text, from the message bundles; {@code name} is its first argument
 */
public record InboxItem(String messageKey, String name, String path) {
}
