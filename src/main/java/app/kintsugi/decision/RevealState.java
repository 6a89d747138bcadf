package app.kintsugi.decision;

/** Where showing each other's lean stands, as the viewer may know it. */
public enum RevealState {
    /** No partner in the space right now: there is nobody to show it to. */
    NO_PARTNER,
    /** The viewer has not said they are willing. Nothing about the partner's choice is known. */
    NOT_WILLING,
    /** The viewer is willing; the partner has not said so (or withdrew). Nothing is shown yet. */
    WAITING,
    /** Both are willing: each sees the other's current lean and its date. */
    BOTH_WILLING
}
