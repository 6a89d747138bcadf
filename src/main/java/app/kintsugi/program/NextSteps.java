package app.kintsugi.program;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyStatus;

/** "What next": one or two suggestions chosen by {@link SuggestionRule} from the person's situation. */
@Service
public class NextSteps {

    private final Program program;
    private final Progress progress;
    private final Couples couples;
    private final SafetyChecks safety;
    private final Today today;
    private final Clock clock;

    NextSteps(Program program, Progress progress, Couples couples, SafetyChecks safety, Today today, Clock clock) {
        this.program = program;
        this.progress = progress;
        this.couples = couples;
        this.safety = safety;
        this.today = today;
        this.clock = clock;
    }

    public List<Suggestion> suggest(PersonId person) {
        return suggest(person, today.of(person));
    }

    /** The suggestions for a day already gathered, so the dashboard reads each source once. */
    public List<Suggestion> suggest(PersonId person, Today.View day) {
        Optional<CoupleSpace> space = couples.current(person);
        Role role = space.map(s -> s.me().role()).orElse(null);
        SafetyStatus.Outcome outcome = safety.status(person).outcome();
        Map<String, ProgressStatus> statuses = new HashMap<>();
        Map<String, Long> daysSinceDone = new HashMap<>();
        progress.of(person).forEach((id, p) -> {
            statuses.put(id, p.status());
            if (p.status() == ProgressStatus.COMPLETED) {
                p.completedAt().ifPresent(at -> daysSinceDone.put(id, Duration.between(at, clock.instant()).toDays()));
            }
        });
        Long days = progress.lastActivity(person)
                .map(last -> Duration.between(last, clock.instant()).toDays())
                .orElse(null);
        String waitingPath = day.waitsForMe().isEmpty() ? null : day.waitsForMe().get(0).item().path();
        return SuggestionRule.suggest(new SuggestionRule.Situation(role, space.isPresent(),
                space.map(CoupleSpace::complete).orElse(false), outcome, program.exercises(), statuses, days, day.due(),
                waitingPath, daysSinceDone, couples.partnerJoinedAt(person)
                        .map(at -> Duration.between(at, clock.instant()).toDays()).orElse(null)));
    }
}
