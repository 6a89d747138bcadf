package app.kintsugi.program;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.program.internal.SuggestionRule;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyStatus;

/** "What next": one or two suggestions chosen by {@link SuggestionRule} from the person's situation. */
@Service
@RequiredArgsConstructor
public class NextSteps {

    private final Program program;
    private final Progress progress;
    private final Couples couples;
    private final SafetyChecks safety;
    private final Clock clock;

    /** The suggestions under Today, which already shows what is due and what waits. */
    public List<Suggestion> suggest(PersonId person) {
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
        return SuggestionRule.suggest(new SuggestionRule.Situation(role, space.isPresent(),
                space.map(CoupleSpace::complete).orElse(false), outcome, program.exercises(), statuses, days,
                daysSinceDone, couples.partnerJoinedAt(person)
                        .map(at -> Duration.between(at, clock.instant()).toDays()).orElse(null)));
    }
}
