package app.kintsugi.respect;

/**
 * What kind of moment an interaction was, and on which side of the ratio it counts. Honesty is
 * never counted against anyone (docs/decisions/0021-honesty-is-not-counted-against-anyone.md): a
 * check-in the partner saw differently, and a boundary a person says they crossed themselves, are
 * reported by their modules but counted on neither side.
 */
public enum InteractionKind {
    APPRECIATION(Side.POSITIVE),
    KIND_ACT(Side.POSITIVE),
    KEPT_COMMITMENT(Side.POSITIVE),
    CONFIRMED_LISTENING(Side.POSITIVE),
    /** Two honest accounts of one day: something to talk about, not a moment that pulls anyone apart. */
    DISPUTED_CHECK_IN(Side.NOT_COUNTED),
    /** A boundary one partner says the other crossed. */
    CROSSED_BOUNDARY(Side.NEGATIVE),
    /** A boundary a person says they crossed themselves: owning up is not held against them. */
    OWN_CROSSED_BOUNDARY(Side.NOT_COUNTED);

    enum Side { POSITIVE, NEGATIVE, NOT_COUNTED }

    private final Side side;

    InteractionKind(Side side) {
        this.side = side;
    }

    public boolean positive() {
        return side == Side.POSITIVE;
    }

    public boolean negative() {
        return side == Side.NEGATIVE;
    }
}
