package app.kintsugi.respect;

import java.time.Instant;
import java.util.List;

import app.kintsugi.couple.CoupleId;

/**
 * Extension point: a module that knows about positive or negative moments between the two partners
 * of a space registers a bean of this type. It answers from events alone (times and kinds), never
 * reading or decrypting what anyone wrote, and only with what both partners can already see.
 */
public interface InteractionSource {

    /** The moments of this couple from {@code from} (inclusive) to {@code to} (exclusive). */
    List<Interaction> interactions(CoupleId couple, Instant from, Instant to);
}
