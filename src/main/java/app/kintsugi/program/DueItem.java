package app.kintsugi.program;

/**
 * Something a person has due, offered by a feature module through {@link DueItemSource}.
 *
 * @param messageKey the text to show, from the message bundles
 * @param path       where to do it
 * @param detail     what it is about, in the person's own words (for example their commitment), or null
 * @param action     a short answer that can be given right on Today, or null
 */
public record DueItem(String messageKey, String path, String detail, QuickAction action) {

    public DueItem(String messageKey, String path) {
        this(messageKey, path, null, null);
    }
}
