package app.kintsugi.communication;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A live session as one partner's screen shows it.
 *
 * @param current        whether the viewer's screen is the one holding the session (false: it was
 *                       opened on another device since)
 * @param summary        what the listener wrote back, while the speaker is asked to confirm it
 * @param turnSeconds    how long the speaker has held the floor
 * @param breakSecondsLeft seconds left of a break, zero when none or over
 */
public record LiveView(UUID conversationId, String topic, Phase phase, boolean iSpeak, String myName, String partnerName,
        long turnSeconds, long breakSecondsLeft, boolean breakMine, Optional<String> summary, boolean summaryWritten,
        int turns, int confirmations, int notQuite, int breaks, Instant startedAt, Instant endsBy, Instant endedAt,
        EndReason endReason, long lengthMinutes, boolean current, Optional<Rating> myRating, boolean partnerRated,
        long version) {

    public String speakerName() {
        return iSpeak ? myName : partnerName;
    }

    public String listenerName() {
        return iSpeak ? partnerName : myName;
    }

    /** What the bar at the top says: whose floor it is, or who is saying back and who is deciding. */
    public String floorKey() {
        return switch (phase) {
            case BREAK -> "live.floor.break";
            case REFLECTING -> iSpeak ? "live.floor.reflecting.partner" : "live.floor.reflecting.you";
            case CONFIRMING -> iSpeak ? "live.floor.confirming.you" : "live.floor.confirming.partner";
            case ENDED -> "live.floor.ended";
            default -> iSpeak ? "live.floor.you" : "live.floor.partner";
        };
    }

    /** The turn timer as minutes and seconds, "4:05". */
    public String turnClock() {
        return clock(turnSeconds);
    }

    public String breakClock() {
        return clock(breakSecondsLeft);
    }

    private static String clock(long seconds) {
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    public boolean ended() {
        return phase == Phase.ENDED;
    }

    /** "I felt heard" and "I felt safe", 1 to 5, and the note only its writer reads. */
    public record Rating(int heard, int safe, Optional<String> note) {
    }
}
