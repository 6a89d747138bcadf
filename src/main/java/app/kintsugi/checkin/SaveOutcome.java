package app.kintsugi.checkin;

import java.util.List;

/**
 * What happened to a check-in that was sent.
 *
 * @param missing the items still unanswered when it was kept as unfinished
 */
public record SaveOutcome(Kind kind, List<String> missing) {

    public enum Kind {
        /** Complete and scored. */
        SAVED,
        /** Kept as it is, with the missing items named. */
        UNFINISHED,
        /** This week is already answered: replacing it needs the person's confirmation. Nothing was stored. */
        NEEDS_CONFIRMATION
    }
}
