package app.kintsugi.couple;

import java.time.Instant;

/**
 * How a person's last space ended, for the one who stays to be told plainly.
 *
 * @param endedAt   when it ended
 * @param endedByMe whether this person ended it
 * @param reason    why: someone left, or an account was closed
 */
public record EndedSpace(Instant endedAt, boolean endedByMe, Reason reason) {

    public enum Reason {
        LEFT, ACCOUNT_CLOSED
    }

    public boolean accountClosed() {
        return reason == Reason.ACCOUNT_CLOSED;
    }
}
