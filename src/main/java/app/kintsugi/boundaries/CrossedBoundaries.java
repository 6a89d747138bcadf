package app.kintsugi.boundaries;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import app.kintsugi.couple.CoupleId;
import app.kintsugi.respect.Interaction;
import app.kintsugi.respect.InteractionKind;
import app.kintsugi.respect.InteractionSource;

/** Tells the respect ratio when boundaries were said to be crossed: times only, never who or what. */
@Component
class CrossedBoundaries implements InteractionSource {

    private final Boundaries boundaries;

    CrossedBoundaries(Boundaries boundaries) {
        this.boundaries = boundaries;
    }

    @Override
    public List<Interaction> interactions(CoupleId couple, Instant from, Instant to) {
        return boundaries.crossedBetween(couple, from, to).stream()
                .map(at -> new Interaction(at, InteractionKind.CROSSED_BOUNDARY)).toList();
    }
}
