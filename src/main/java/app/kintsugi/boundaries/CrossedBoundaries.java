package app.kintsugi.boundaries;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.couple.CoupleId;
import app.kintsugi.respect.Interaction;
import app.kintsugi.respect.InteractionKind;
import app.kintsugi.respect.InteractionSource;

/**
 * Tells the respect ratio when boundaries were said to be crossed: times only, never who or what.
 * A crossing a person reports about themselves is told apart, so the ratio never counts owning up
 * as a moment against anyone.
 */
@Component
@RequiredArgsConstructor
class CrossedBoundaries implements InteractionSource {

    private final Boundaries boundaries;

    @Override
    public List<Interaction> interactions(CoupleId couple, Instant from, Instant to) {
        return boundaries.crossedBetween(couple, from, to).stream()
                .map(c -> new Interaction(c.at(), c.own() ? InteractionKind.OWN_CROSSED_BOUNDARY : InteractionKind.CROSSED_BOUNDARY))
                .toList();
    }
}
