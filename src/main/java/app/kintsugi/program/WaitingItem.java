package app.kintsugi.program;

import java.time.LocalDate;

/**
 * Something this person waits for from their partner (an answer, an agreement, a confirmation),
 * offered by a feature module through {@link WaitingSource}. Said with care on Today: it informs,
 * it never presses the partner nor counts how long they take.
 *
 * @param messageKey the text; {@code name} is its first argument and {@code date}, if any, its second
 * @param date       a day the partner named (for example "I need time until"), or null
 */
public record WaitingItem(String messageKey, String name, LocalDate date, String path) {

    public WaitingItem(String messageKey, String name, String path) {
        this(messageKey, name, null, path);
    }
}
