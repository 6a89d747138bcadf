package app.kintsugi.communication.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import app.kintsugi.account.PersonId;
import app.kintsugi.communication.EndReason;
import app.kintsugi.communication.LiveAction;
import app.kintsugi.communication.Phase;
import app.kintsugi.shared.InvalidInputException;

/**
 * The state of a live speaker-listener session, and its rules. Immutable and plain Java: every
 * change is a new state computed by {@link #apply}, stored by compare-and-set on {@code version}.
 *
 * <p>The rules:
 * <ul>
 * <li>The speaker holds the floor ({@code SPEAKING}) until they say they are done; then the listener
 * says back what they heard ({@code REFLECTING}); then the speaker confirms ({@code CONFIRMING}).</li>
 * <li>"Yes, that's it" passes the floor: the listener becomes the speaker and a turn is counted.
 * "Not quite" gives the floor back to the same speaker to say it again; the floor never passes
 * without a confirmation.</li>
 * <li>Either may call a break from any running phase. It lasts {@code breakLength}; only after the
 * countdown may either of them resume, back to the phase they were in, with the turn timer
 * continuing where it stopped.</li>
 * <li>Either may end the session at any time. A session nobody ended closes itself at
 * {@code endsBy} (its planned length plus a grace time), see {@link #expireIfDue}.</li>
 * <li>Anything else (acting out of turn, twice, or after the end) is refused with a reason.</li>
 * </ul>
 *
 * @param turnStartedAt when the current speaker's turn started (shifted forward by breaks)
 * @param summaryBy     who wrote the current summary, while there is one
 * @param resumePhase   the phase a break returns to
 */
public record LiveSession(UUID conversationId, Phase phase, PersonId speaker, PersonId listener, Instant turnStartedAt,
        int turns, int confirmations, int notQuite, int breaks, PersonId summaryBy, Phase resumePhase,
        PersonId breakBy, Instant breakStartedAt, Instant breakUntil, Instant startedAt, Instant endsBy, Instant endedAt, EndReason endReason,
        long version) {

    public LiveSession {
        Objects.requireNonNull(conversationId);
        Objects.requireNonNull(phase);
        Objects.requireNonNull(speaker);
        Objects.requireNonNull(listener);
        if (speaker.equals(listener)) {
            throw new IllegalArgumentException("speaker and listener must be two people");
        }
    }

    /** A new session: {@code firstSpeaker} holds the floor. */
    public static LiveSession start(UUID conversationId, PersonId firstSpeaker, PersonId firstListener, Instant now,
            Duration planned, Duration grace) {
        return new LiveSession(conversationId, Phase.SPEAKING, firstSpeaker, firstListener, now, 0, 0, 0, 0, null, null,
                null, null, null, now, now.plus(planned).plus(grace), null, null, 0);
    }

    public boolean isMember(PersonId person) {
        return speaker.equals(person) || listener.equals(person);
    }

    public PersonId other(PersonId person) {
        return speaker.equals(person) ? listener : speaker;
    }

    /**
     * The state after {@code actor} does {@code action} at {@code now}.
     *
     * @throws InvalidInputException on field {@code action} with the reason it is refused
     */
    public LiveSession apply(LiveAction action, PersonId actor, Instant now, Duration breakLength, boolean summaryWritten) {
        if (!isMember(actor)) {
            throw new IllegalArgumentException("not in this session");
        }
        LiveSession current = expireIfDue(now);
        if (!current.phase.active()) {
            throw refused("live.refused.ended");
        }
        return switch (action) {
            case DONE_SPEAKING -> {
                current.requirePhase(Phase.SPEAKING);
                current.requireSpeaker(actor);
                yield current.with(Phase.REFLECTING, speaker, listener, turnStartedAt, turns, confirmations, notQuite, null);
            }
            case REFLECTED -> {
                current.requirePhase(Phase.REFLECTING);
                current.requireListener(actor);
                yield current.with(Phase.CONFIRMING, speaker, listener, turnStartedAt, turns, confirmations, notQuite,
                        summaryWritten ? actor : null);
            }
            case CONFIRM -> {
                current.requirePhase(Phase.CONFIRMING);
                current.requireSpeaker(actor);
                yield current.with(Phase.SPEAKING, listener, speaker, now, turns + 1, confirmations + 1, notQuite, null);
            }
            case NOT_QUITE -> {
                current.requirePhase(Phase.CONFIRMING);
                current.requireSpeaker(actor);
                yield current.with(Phase.SPEAKING, speaker, listener, turnStartedAt, turns, confirmations, notQuite + 1, null);
            }
            case PAUSE -> {
                if (current.phase == Phase.BREAK) {
                    throw refused("live.refused.onBreak");
                }
                yield new LiveSession(conversationId, Phase.BREAK, speaker, listener, turnStartedAt, turns, confirmations,
                        notQuite, breaks + 1, summaryBy, current.phase, actor, now, now.plus(breakLength), startedAt,
                        endsBy.plus(breakLength), null, null, version + 1);
            }
            case RESUME -> {
                current.requirePhase(Phase.BREAK);
                if (now.isBefore(breakUntil)) {
                    throw refused("live.refused.breakNotOver");
                }
                Duration spokenBefore = Duration.between(turnStartedAt, breakStartedAt);
                Instant shifted = now.minus(spokenBefore.isNegative() ? Duration.ZERO : spokenBefore);
                yield new LiveSession(conversationId, resumePhase, speaker, listener, shifted, turns, confirmations,
                        notQuite, breaks, summaryBy, null, null, null, null, startedAt, endsBy.plus(Duration.between(breakUntil, now)),
                        null, null, version + 1);
            }
            case END -> current.ended(now, EndReason.FINISHED);
        };
    }

    /**
     * The session as it stands at {@code now}: unchanged while it may still run; ended as abandoned
     * once {@code endsBy} has passed with nobody ending it.
     */
    public LiveSession expireIfDue(Instant now) {
        if (phase.active() && !now.isBefore(endsBy)) {
            return ended(endsBy, EndReason.ABANDONED);
        }
        return this;
    }

    /** Time the current speaker has held the floor, not counting a break in progress. */
    public Duration turnElapsed(Instant now) {
        Instant until = phase == Phase.BREAK ? breakStartedAt : phase == Phase.ENDED ? endedAt : now;
        Duration d = Duration.between(turnStartedAt, until);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Seconds left of the break, or zero. */
    public long breakSecondsLeft(Instant now) {
        if (phase != Phase.BREAK || breakUntil == null) {
            return 0;
        }
        long millis = Duration.between(now, breakUntil).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    public Duration length() {
        Instant end = endedAt != null ? endedAt : startedAt;
        return Duration.between(startedAt, end);
    }

    private LiveSession ended(Instant at, EndReason reason) {
        return new LiveSession(conversationId, Phase.ENDED, speaker, listener, turnStartedAt, turns, confirmations, notQuite,
                breaks, null, null, null, null, null, startedAt, endsBy, at, reason, version + 1);
    }

    private LiveSession with(Phase next, PersonId nextSpeaker, PersonId nextListener, Instant turnStart, int t, int c, int nq,
            PersonId summary) {
        return new LiveSession(conversationId, next, nextSpeaker, nextListener, turnStart, t, c, nq, breaks, summary, null,
                null, null, null, startedAt, endsBy, null, null, version + 1);
    }

    private void requirePhase(Phase expected) {
        if (phase == Phase.BREAK && expected != Phase.BREAK) {
            throw refused("live.refused.onBreak");
        }
        if (phase != expected) {
            throw refused("live.refused.moved");
        }
    }

    private void requireSpeaker(PersonId actor) {
        if (!speaker.equals(actor)) {
            throw refused("live.refused.speakerOnly");
        }
    }

    private void requireListener(PersonId actor) {
        if (!listener.equals(actor)) {
            throw refused("live.refused.listenerOnly");
        }
    }

    private static InvalidInputException refused(String code) {
        return InvalidInputException.of("action", code);
    }
}
