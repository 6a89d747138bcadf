package app.kintsugi.transparency;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the accountability timeline.
 *
 * @param mine         whether the viewer did it
 * @param actorName    who did it
 * @param otherName    the partner it was for (who asked, who was told)
 * @param text         what it was about: the question, what was shared, the action, the commitment
 * @param day          the day a commitment was kept, for commitments; otherwise null
 * @param acknowledged whether the partner acknowledged (or, for a commitment, confirmed) it
 * @param entryId      the entry it is about: the question's thread, what was shared, the action, the commitment
 */
public record AccountabilityItem(Kind kind, Instant at, boolean mine, String actorName, String otherName, String text,
        String path, LocalDate day, boolean acknowledged, java.util.UUID entryId) {

    public enum Kind {
        ANSWER, DISCLOSURE, AMEND, COMMITMENT
    }
}
