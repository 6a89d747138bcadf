package app.kintsugi.help;

import java.time.Instant;
import java.util.UUID;

/**
 * A couple's open invitation of a counselor, as one partner sees it.
 *
 * @param invitedByMe whether this person sent the invitation
 * @param since       when the invitation was sent
 */
public record CounselorLink(UUID id, String counselorName, String counselorPractice, LinkState state,
        boolean invitedByMe, Instant since) {

    public boolean active() {
        return state == LinkState.ACTIVE;
    }
}
