package app.kintsugi.respect;

import java.time.Instant;
import java.util.Objects;

import app.kintsugi.account.PersonId;

/**
 * One moment counted by the ratio: when it happened and what kind it was. Never what anyone wrote.
 *
 * @param by who gave it, for a positive moment the "together" view can credit; null when it is
 *           not credited to either person (negative moments never are: the ratio does not blame)
 */
public record Interaction(Instant at, InteractionKind kind, PersonId by) {

    public Interaction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        if (!kind.positive()) {
            by = null;
        }
    }

    /** A moment credited to nobody. */
    public Interaction(Instant at, InteractionKind kind) {
        this(at, kind, null);
    }
}
