package app.kintsugi.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.kintsugi.decision.Lean;
import app.kintsugi.decision.RevealState;

/** The mutual reveal's truth table, and reading a lean. */
class DecisionRulesTest {

    @ParameterizedTest(name = "partner {0}, me {1}, them {2} -> {3}, sees {4}")
    @CsvSource({
            // With a partner in the space: shown only when both said yes.
            "true,  false, false, NOT_WILLING,  false",
            "true,  false, true,  NOT_WILLING,  false", // the same page as the row above: their yes does not show
            "true,  true,  false, WAITING,      false",
            "true,  true,  true,  BOTH_WILLING, true",
            // Without a partner now (alone, or the space ended): nothing to show, whatever was said before.
            "false, false, false, NO_PARTNER,   false",
            "false, false, true,  NO_PARTNER,   false",
            "false, true,  false, NO_PARTNER,   false",
            "false, true,  true,  NO_PARTNER,   false"})
    void theRevealIsMutual(boolean withPartner, boolean mine, boolean theirs, RevealState state, boolean sees) {
        assertThat(DecisionRules.state(withPartner, mine, theirs)).isEqualTo(state);
        assertThat(DecisionRules.seesPartnersLean(withPartner, mine, theirs)).isEqualTo(sees);
    }

    @Test
    void whatTheOneWhoHasNotSaidYesSeesDoesNotDependOnTheOther() {
        for (boolean withPartner : new boolean[] {true, false}) {
            assertThat(DecisionRules.state(withPartner, false, true)).isEqualTo(DecisionRules.state(withPartner, false, false));
        }
    }

    @Test
    void withdrawingTakesEffectAtOnceForBoth() {
        // Either one taking it back: neither sees the other's lean any more.
        assertThat(DecisionRules.seesPartnersLean(true, false, true)).isFalse();
        assertThat(DecisionRules.seesPartnersLean(true, true, false)).isFalse();
    }

    @Test
    void aLeanIsOneOfThree() {
        assertThat(DecisionRules.lean("TOGETHER")).isEqualTo(Lean.TOGETHER);
        assertThat(DecisionRules.lean(" apart ")).isEqualTo(Lean.APART);
        assertThat(DecisionRules.lean("not-sure")).isEqualTo(Lean.NOT_SURE);
        assertThat(DecisionRules.lean("")).isNull();
        assertThat(DecisionRules.lean(null)).isNull();
        assertThat(DecisionRules.lean("maybe")).isNull();
    }
}
