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
 * @param ended       the space it was agreed in has ended: only the viewer's own words and doings
 *                    are in it, and nothing more can be done with it
 */
public record BoundaryView(UUID id, BoundaryCategory category, BoundaryStatus status, Version agreed, Version pending,
        boolean waitsForMe, String partnerName, String talkByName, boolean talkByMe, String revisitByName, boolean revisitByMe,
        LocalDate reviewOn, boolean reviewDue, List<Version> versions, List<Event> history, long version, boolean ended) {

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

    /** The words to show for it: those that hold now, or after its space ended the viewer's newest version. */
    public Version shown() {
        Version now = current();
        return now != null || versions.isEmpty() ? now : versions.get(versions.size() - 1);
    }

    public boolean pendingMine() {
        return pending != null && pending.mine();
    }

    public boolean canCross() {
        return !ended && status == BoundaryStatus.ACTIVE;
    }

    public boolean canRevisit() {
        return !ended && status == BoundaryStatus.ACTIVE && revisitByName == null;
    }
}
