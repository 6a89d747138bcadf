package app.kintsugi.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.couple.CoupleId;
import app.kintsugi.respect.Interaction;
import app.kintsugi.respect.InteractionKind;
import app.kintsugi.respect.InteractionSource;
import app.kintsugi.trust.internal.CommitmentRepository;

/**
 * Check-ins on shared commitments, as moments for the respect ratio: a day reported kept and not
 * disputed is positive (credited to the person who kept it), a check-in the partner disputed is
 * negative (credited to nobody). Reads times only, never a commitment's text or a note.
 */
@Component
@RequiredArgsConstructor
class TrustInteractions implements InteractionSource {

    private final CommitmentRepository repository;

    @Override
    public List<Interaction> interactions(CoupleId couple, Instant from, Instant to) {
        List<Interaction> moments = new ArrayList<>();
        for (var kept : repository.keptBetween(couple, from.toEpochMilli(), to.toEpochMilli())) {
            moments.add(new Interaction(Instant.ofEpochMilli(kept.at()), InteractionKind.KEPT_COMMITMENT, kept.author()));
        }
        for (long disputed : repository.disputedBetween(couple, from.toEpochMilli(), to.toEpochMilli())) {
            moments.add(new Interaction(Instant.ofEpochMilli(disputed), InteractionKind.DISPUTED_CHECK_IN));
        }
        return moments;
    }
}
