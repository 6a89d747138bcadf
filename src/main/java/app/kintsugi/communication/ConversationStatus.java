package app.kintsugi.communication;

public enum ConversationStatus {
    /** Waiting for the other partner to accept, decline or propose another time. */
    PROPOSED,
    /** Both have said yes to the time. */
    ACCEPTED,
    DECLINED,
    CANCELLED,
    /** The live session is running. */
    LIVE,
    ENDED;

    public boolean open() {
        return this == PROPOSED || this == ACCEPTED;
    }
}
