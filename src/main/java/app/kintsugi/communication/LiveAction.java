package app.kintsugi.communication;

/** What a person can do in a live session; who may do it when is decided by {@link app.kintsugi.communication.internal.LiveSession#apply}. */
public enum LiveAction {
    /** Speaker: "I've said it", the listener reflects now. */
    DONE_SPEAKING,
    /** Listener: here is what I heard (written, or said out loud). */
    REFLECTED,
    /** Speaker: "yes, that's it"; the floor passes. */
    CONFIRM,
    /** Speaker: "not quite"; the speaker says it again and the listener tries again. */
    NOT_QUITE,
    /** Either: a break with a countdown. */
    PAUSE,
    /** Either, once the countdown is over: back to where they were. */
    RESUME,
    /** Either: the conversation is over. */
    END
}
