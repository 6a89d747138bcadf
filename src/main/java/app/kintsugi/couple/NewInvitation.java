package app.kintsugi.couple;

import app.kintsugi.couple.internal.InvitationCodes;

import java.time.Instant;

/**
 * A fresh invitation. The code is shown once, to the person who created it; only its hash is kept.
 */
public record NewInvitation(String code, Instant expiresAt) {

    /** The code in groups of four, easier to read aloud. */
    public String displayCode() {
        return InvitationCodes.display(code);
    }

    @Override
    public String toString() {
        return "NewInvitation[code=<hidden>, expiresAt=" + expiresAt + "]";
    }
}
