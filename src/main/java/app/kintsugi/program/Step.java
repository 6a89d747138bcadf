package app.kintsugi.program;

/**
 * One part of the program in its suggested order.
 *
 * @param number     shown in the step's badge ("0" to "5", or "∞" for continuous practices)
 * @param key        the content file's name
 * @param continuous a practice that runs through the whole program
 */
public record Step(String number, String key, boolean continuous) {
}
