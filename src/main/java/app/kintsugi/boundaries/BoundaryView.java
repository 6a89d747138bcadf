package app.kintsugi.boundaries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A boundary as one of the two partners sees it.
 *
 * @param agreed      the version both agreed to, or null
 * @param pending     the version waiting for agreement, or null
 * @param waitsForMe  whether the pending version waits for the viewer
 * @param reviewDue   whether the agreed version's review date has come and no change is waiting
 * @param versions    every version, oldest first (empty in lists)
 * @param history     what happened, oldest first (empty in lists)
 * @param version     the agreement's version, for compare-and-set
 */
public record BoundaryView(UUID id, BoundaryCategory category, BoundaryStatus status, Version agreed, Version pending,
        boolean waitsForMe, String partnerName, String talkByName, boolean talkByMe, String revisitByName, boolean revisitByMe,
        LocalDate reviewOn, boolean reviewDue, List<Version> versions, List<Event> history, long version) {

    /** One version of the words of a boundary. */
    public record Version(int number, String authorName, boolean mine, BoundaryCategory category, String what, String why,
            LocalDate reviewOn, Instant writtenAt, Instant agreedAt) {
    }

    /**
     * One line of history. For a crossed boundary, {@code aboutSelf} says the person reported their
     * own crossing; {@code note} is what they wrote with it, if anything.
     */
    public record Event(BoundaryEventKind kind, String actorName, boolean byMe, boolean aboutSelf, boolean aboutMe,
            Integer number, String note, Instant at) {
    }

    /** The words that hold now: the agreed version, or the proposal while nothing is agreed. */
    public Version current() {
        return agreed != null ? agreed : pending;
    }

    public boolean pendingMine() {
        return pending != null && pending.mine();
    }

    public boolean canCross() {
        return status == BoundaryStatus.ACTIVE;
    }

    public boolean canRevisit() {
        return status == BoundaryStatus.ACTIVE && revisitByName == null;
    }
}
