package app.kintsugi.communication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.communication.internal.LiveRepository;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.respect.Interaction;
import app.kintsugi.respect.InteractionKind;
import app.kintsugi.respect.InteractionSource;

/**
 * Listening confirmed in live conversations, as moments for the respect ratio: each "Yes, that's
 * it" of a session that ended counts once, at the time it ended. Reads counts and times only,
 * never a summary or a note.
 */
@Component
@RequiredArgsConstructor
class ListeningInteractions implements InteractionSource {

    private final LiveRepository repository;

    @Override
    public List<Interaction> interactions(CoupleId couple, Instant from, Instant to) {
        List<Interaction> moments = new ArrayList<>();
        for (var session : repository.confirmedBetween(couple, from.toEpochMilli(), to.toEpochMilli())) {
            Instant at = Instant.ofEpochMilli(session.endedAt());
            // A confirmation passes the floor to the person whose listening was confirmed: the last
            // speaker listened in the last confirmed turn, the other in the one before, and so on.
            for (int i = 0; i < session.confirmations(); i++) {
                moments.add(new Interaction(at, InteractionKind.CONFIRMED_LISTENING,
                        i % 2 == 0 ? session.lastSpeaker() : session.lastListener()));
            }
        }
        return moments;
    }
}
