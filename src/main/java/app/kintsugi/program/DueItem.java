package app.kintsugi.program;

import java.time.Instant;

/**
 * Something a person has due, offered by a feature module through {@link DueItemSource}.
 *
 * @param messageKey the text to show, from the message bundles
 * @param path       where to do it
 * @param detail     what it is about, in the person's own words (for example their commitment), or null
 * @param action     a short answer that can be given right on Today, or null
 * @param at         the moment it happens, for what has a time of its own (a planned conversation), or null
 */
public record DueItem(String messageKey, String path, String detail, QuickAction action, Instant at) {

    public DueItem(String messageKey, String path) {
        this(messageKey, path, null, null, null);
    }

    public DueItem(String messageKey, String path, String detail, QuickAction action) {
        this(messageKey, path, detail, action, null);
    }
}
