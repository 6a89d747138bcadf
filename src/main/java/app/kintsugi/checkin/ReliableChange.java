package app.kintsugi.checkin;

/**
 * Whether the difference between two scores of a subscale is a real change or within ordinary ups
 * and downs: a difference of at least the subscale's reliable-change threshold counts, in the
 * direction the subscale calls better or worse. Labelling small wobbles as change would make a hard
 * week look like a collapse and a good one like a cure.
 */
public final class ReliableChange {

    /** Scores are means of a few whole numbers; this absorbs the rounding of their difference. */
    private static final double TOLERANCE = 1e-9;

    private ReliableChange() {
    }

    /** How {@code after} compares with {@code before} on {@code subscale}. */
    public static Change between(Subscale subscale, double before, double after) {
        if (!Double.isFinite(before) || !Double.isFinite(after)) {
            throw new IllegalArgumentException("scores must be finite numbers, not " + before + " and " + after);
        }
        double difference = after - before;
        if (Math.abs(difference) < subscale.reliableChange() - TOLERANCE) {
            return Change.NO_RELIABLE_CHANGE;
        }
        return (difference > 0) == subscale.higherIsBetter() ? Change.IMPROVED : Change.WORSENED;
    }
}
