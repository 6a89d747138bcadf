package app.kintsugi.moments;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A date the person knows will be hard.
 *
 * @param day   the date as entered
 * @param next  when it comes next (this year's or next year's for a yearly date), or null when a one-off date has passed
 * @param ask   what they would like from their partner that day, or null
 * @param heldFrom the partner's name when an ask was written before they were in the space and has not
 *              been shown to them (only its writer then sees it); null otherwise
 */
public record HardDate(UUID id, LocalDate day, boolean yearly, String label, String ask, LocalDate next, String heldFrom) {
}
