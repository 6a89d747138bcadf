package app.kintsugi.movingon;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;

/** The step as a whole: what the partner chose to share with this person, and which parts are meant for them. */
@Service
@RequiredArgsConstructor
public class MovingOn {

    private final WhyReflections why;
    private final Forgiveness forgiveness;
    private final UnsentLetters letters;
    private final Accountability accountability;
    private final Couples couples;

    /**
     * What the partner shares with the viewer in their current space, or empty without a partner.
     * Only what the partner chose to share, one entry at a time; nothing else of theirs, not even a count.
     */
    public record FromPartner(String partnerName, List<SharedSummary> summaries, List<SharedPosition> positions, List<Letter> letters) {

        public boolean empty() {
            return summaries.isEmpty() && positions.isEmpty() && letters.isEmpty();
        }
    }

    public Optional<FromPartner> sharedWithMe(PersonId viewer) {
        Optional<String> name = couples.partnerName(viewer);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FromPartner(name.get(), why.sharedWithMe(viewer), forgiveness.sharedWithMe(viewer),
                letters.sharedWithMe(viewer)));
    }

    /** The person's role in their current space, or null when they have none (alone, or their space ended). */
    public Role roleOf(PersonId person) {
        return couples.current(person).map(s -> s.me().role()).orElse(null);
    }

    /** Whether the forgiveness and the accountability pages open for this person. */
    public record Parts(boolean forgiveness, boolean accountable, boolean partner) {
    }

    public Parts partsFor(PersonId person) {
        return new Parts(forgiveness.opens(person), accountability.opens(person), couples.spaceWithPartner(person).isPresent());
    }
}
