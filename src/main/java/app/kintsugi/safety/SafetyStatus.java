package app.kintsugi.safety;

import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of a person's latest safety check, for that person only.
 *
 * @param takenAt when it was last answered; empty if never
 */
public record SafetyStatus(Outcome outcome, Optional<Instant> takenAt) {

    public enum Outcome {
        NOT_TAKEN,
        CLEAR,
        CONCERNING
    }

    public boolean concerning() {
        return outcome == Outcome.CONCERNING;
    }

    public boolean taken() {
        return outcome != Outcome.NOT_TAKEN;
    }

    /** Joint exercises are suggested only after a check that raised no concern. */
    public boolean readyForJointWork() {
        return outcome == Outcome.CLEAR;
    }
}
