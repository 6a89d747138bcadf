package app.kintsugi.counselor;

import java.time.Instant;
import java.util.UUID;

/**
 * A couple's open invitation of a counselor, as one partner sees it.
 *
 * @param invitedByMe whether this person sent the invitation
 * @param since       when the invitation was sent
 * @param startedAlone whether it was sent by a person alone in their space, on their consent alone (decision 42)
 */
public record CounselorLink(UUID id, String counselorName, String counselorPractice, LinkState state,
        boolean invitedByMe, Instant since, boolean startedAlone) {

    /** The counselor can read what this person shows them. */
    public boolean active() {
        return state == LinkState.ACTIVE || state == LinkState.ACTIVE_FOR_ME;
    }
}
