package app.kintsugi.couple;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.safety.SafetyAnswers;
import app.kintsugi.safety.SafetyChecks;

/** Creates couples for tests through the real rules: two new people, one starts a space, the other joins it. */
@Component
@RequiredArgsConstructor
public class TestCouples {

    private final TestAccounts people;
    private final Couples couples;
    private final SafetyChecks safety;

    /** Two partners: {@code first} started the space, {@code second} joined it. */
    public record TestCouple(TestPerson first, TestPerson second) {

        public List<TestPerson> both() {
            return List.of(first, second);
        }
    }

    /** {@code first} starts a space as the partner who was hurt; {@code second} joins it as the one who broke trust. */
    public TestCouple of(String first, String second) {
        return of(first, Role.HURT_PARTNER, second, Role.BROKE_TRUST);
    }

    /** {@code first} starts a space in {@code firstRole}; {@code second} joins it in {@code secondRole}. */
    public TestCouple of(String first, Role firstRole, String second, Role secondRole) {
        TestPerson starter = people.create(first);
        TestPerson joiner = people.create(second);
        link(starter, firstRole, joiner, secondRole);
        return new TestCouple(starter, joiner);
    }

    /** Two people already there: {@code starter} starts a space in {@code starterRole}, {@code joiner} joins it. */
    public void link(TestPerson starter, Role starterRole, TestPerson joiner, Role joinerRole) {
        couples.join(joiner.id(), couples.start(starter.id(), starterRole).code(), joinerRole);
    }

    /** As {@link #of(String, String)}, and both have answered the safety check with nothing to worry about. */
    public TestCouple feelingSafe(String first, String second) {
        TestCouple couple = of(first, second);
        for (TestPerson p : couple.both()) {
            safety.record(p.id(), SafetyAnswers.allClear());
        }
        return couple;
    }
}
