package app.kintsugi.trust;

import java.time.LocalDate;

/**
 * One due day of a commitment as the record counts it.
 *
 * @param outcome      what was reported, or null when nobody answered (unknown, never "broken")
 * @param confirmation the partner's answer, or null
 */
public record DayRecord(LocalDate day, Outcome outcome, Confirmation confirmation) {

    public boolean answered() {
        return outcome != null;
    }

    /** Kept, and not disputed by the partner. */
    public boolean kept() {
        return outcome == Outcome.KEPT && confirmation != Confirmation.DISPUTED;
    }

    public boolean disputed() {
        return confirmation == Confirmation.DISPUTED;
    }
}
