package app.kintsugi.moments;

/** A hard date as typed: the day ("2026-12-05"), every year or once, a short name, and what to ask the partner for, if anything. */
public record HardDateDraft(String day, boolean yearly, String label, String ask) {
}
