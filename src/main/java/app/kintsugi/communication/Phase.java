package app.kintsugi.communication;

/** Where a live session stands. */
public enum Phase {
    /** The speaker holds the floor and says what they feel and need. */
    SPEAKING,
    /** The listener says back what they heard, without answering yet. */
    REFLECTING,
    /** The speaker tells whether that was it. */
    CONFIRMING,
    /** A break either of them called; it lasts at least the agreed time. */
    BREAK,
    /** Over: each may now rate how it went. */
    ENDED;

    public boolean active() {
        return this != ENDED;
    }
}
