package app.kintsugi.checkin;

/**
 * When the weekly check-in suggests that outside help may be good for a person, read from the
 * {@code signals} of {@code kintsugi-weekly.yaml}: a distress score of at least
 * {@code distressAtLeast} on {@code distressWeeks} check-ins in a row, or an overwhelmed score of at
 * least {@code overwhelmedAtLeast}. Signals are shown privately to that person only.
 */
public record Signals(double distressAtLeast, int distressWeeks, double overwhelmedAtLeast) {
}
