package app.kintsugi.program;

/**
 * Something the partner did that waits for this person (shared something, asked, proposed, checked
 * in), offered by a feature module through {@link InboxSource}: shown on Today as news, never as
 * something owed.
 *
 * @param messageKey the text, from the message bundles; {@code name} is its first argument
 * @param detail     what it is about, when the person may read it (for example a shared commitment), or null
 * @param action     a short answer that can be given right on Today, or null
 */
public record InboxItem(String messageKey, String name, String path, String detail, QuickAction action) {

    public InboxItem(String messageKey, String name, String path) {
        this(messageKey, name, path, null, null);
    }

    /** Identifies the item across views, so it keeps its date and can be found again once opened. */
    public String key() {
        return messageKey + "|" + path;
    }
}
