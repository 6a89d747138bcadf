package app.kintsugi.communication;

/**
 * A conversation plan as typed: every field a string, so the facade can answer each bad field with
 * its own message. Date {@code yyyy-MM-dd} and time {@code HH:mm} are in the proposer's time zone.
 */
public record PlanDraft(String topic, String date, String time, String minutes, String place) {
}
