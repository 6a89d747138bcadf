package app.kintsugi.respect;

/** What kind of moment an interaction was, and whether it counts on the positive side of the ratio. */
public enum InteractionKind {
    APPRECIATION(true),
    KIND_ACT(true),
    KEPT_COMMITMENT(true),
    CONFIRMED_LISTENING(true),
    DISPUTED_CHECK_IN(false),
    CROSSED_BOUNDARY(false);

    private final boolean positive;

    InteractionKind(boolean positive) {
        this.positive = positive;
    }

    public boolean positive() {
        return positive;
    }
}
