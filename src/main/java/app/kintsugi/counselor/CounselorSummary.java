package app.kintsugi.counselor;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryOverview;
import app.kintsugi.communication.ConversationStatus;
import app.kintsugi.communication.Conversations;
import app.kintsugi.moments.Reassurance;
import app.kintsugi.program.ExerciseProgress;
import app.kintsugi.program.Program;
import app.kintsugi.program.Progress;
import app.kintsugi.program.ProgressStatus;
import app.kintsugi.transparency.QuestionBox;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentView;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Consistency;

/**
 * Where one partner is in the program, as their counselor sees it once the partner shows it: counts
 * and states read through each module's facade as the partner would read them, never a word anyone
 * wrote. Package-private: only the counselor's room asks, after the consent checks.
 */
@Service
@RequiredArgsConstructor
public class CounselorSummary {

    /** The window for the counts that would otherwise only grow. */
    static final Duration RECENT = Duration.ofDays(28);

    private final Program program;
    private final Progress progress;
    private final Questions questions;
    private final Commitments commitments;
    private final Boundaries boundaries;
    private final Conversations conversations;
    private final Reassurance reassurance;
    private final Clock clock;

    /**
     * One partner's summary.
     *
     * @param steps               the keys of the steps they are working on, the most recently started first
     * @param questionsForThem    questions waiting for their response
     * @param questionsTheyWait   their questions waiting for the partner's
     * @param commitments         their commitments
     * @param keptPercent         how much of what was due in the last four weeks they kept, or null with nothing due
     * @param boundariesAgreed    boundaries in force in their space
     * @param boundariesOpen      boundaries proposed and not agreed yet
     * @param conversationsHeld   planned conversations held in their space
     * @param reassuranceAsked    times they asked for reassurance in the last four weeks
     */
    public record PartnerSummary(List<String> steps, int questionsForThem, int questionsTheyWait, int commitments, Integer keptPercent,
            int boundariesAgreed, int boundariesOpen, int conversationsHeld, int reassuranceAsked) {
    }

    PartnerSummary of(PersonId partner) {
        QuestionBox box = questions.box(partner);
        List<CommitmentView> mine = commitments.mine(partner);
        Consistency record = commitments.overall(mine);
        BoundaryOverview b = boundaries.overview(partner);
        int held = (int) conversations.standingsInMySpace(partner).stream().filter(s -> s.status() == ConversationStatus.ENDED).count();
        Instant now = clock.instant();
        int asked = reassurance.askedBetween(partner, now.minus(RECENT), now).mine();
        return new PartnerSummary(stepsOf(progress.of(partner)), box.forMe().size(), box.mine().size(), mine.size(),
                record.lastFourWeeks().due() == 0 ? null : record.lastFourWeeks().keptPercent(), b.active().size(),
                b.proposed().size() + b.waitingForMe().size(), held, asked);
    }

    /** The steps with an exercise in progress, most recently started first, each once. */
    private List<String> stepsOf(Map<String, ExerciseProgress> statuses) {
        List<Map.Entry<String, ExerciseProgress>> started = new ArrayList<>(statuses.entrySet().stream()
                .filter(e -> e.getValue().status() == ProgressStatus.STARTED).toList());
        started.sort(Comparator.comparing((Map.Entry<String, ExerciseProgress> e) -> e.getValue().startedAt().orElse(Instant.EPOCH))
                .reversed());
        List<String> steps = new ArrayList<>();
        for (var e : started) {
            program.exercise(e.getKey()).map(x -> x.step()).filter(s -> !steps.contains(s)).ifPresent(steps::add);
        }
        return steps;
    }
}
