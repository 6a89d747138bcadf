package app.kintsugi.respect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.couple.CoupleId;
import app.kintsugi.respect.internal.AppreciationRepository;
import app.kintsugi.respect.internal.KindActRepository;

/** Appreciations sent and kind acts shared in a space, as moments for the ratio: times and senders only. */
@Component
@RequiredArgsConstructor
class RespectInteractions implements InteractionSource {

    private final AppreciationRepository appreciations;
    private final KindActRepository kindActs;

    @Override
    public List<Interaction> interactions(CoupleId couple, Instant from, Instant to) {
        List<Interaction> moments = new ArrayList<>();
        for (var a : appreciations.sentBetween(couple, from.toEpochMilli(), to.toEpochMilli())) {
            moments.add(new Interaction(Instant.ofEpochMilli(a.at()), InteractionKind.APPRECIATION, a.author()));
        }
        for (var k : kindActs.sharedBetween(couple, from.toEpochMilli(), to.toEpochMilli())) {
            moments.add(new Interaction(Instant.ofEpochMilli(k.at()), InteractionKind.KIND_ACT, k.author()));
        }
        return moments;
    }
}
