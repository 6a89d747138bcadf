package app.kintsugi.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.kintsugi.checkin.Signal;

/** What each signal suggests. */
class HelpRulesTest {

    @Test
    void noSignalsNoAdvice() {
        HelpAdvice advice = HelpAdvice.of(List.of());
        assertThat(advice.isEmpty()).isTrue();
        assertThat(advice.safetyFirst()).isFalse();
    }

    @Test
    void eachSignalHasOneNextStepAndSafetyComesFirst() {
        HelpAdvice advice = HelpAdvice.of(List.of(Signal.DISTRESS, Signal.TRUST_WORSE, Signal.OVERWHELMED));
        assertThat(advice.safetyFirst()).isFalse();
        assertThat(advice.signals()).extracting(HelpAdvice.Item::signal)
                .containsExactly(Signal.OVERWHELMED, Signal.DISTRESS, Signal.TRUST_WORSE);
        assertThat(advice.signals()).extracting(HelpAdvice.Item::path)
                .containsExactly("/help/overwhelmed", "/help#resources", "/help/counselor");
        assertThat(advice.signals()).extracting(HelpAdvice.Item::key)
                .containsExactly("help.signal.OVERWHELMED", "help.signal.DISTRESS", "help.signal.TRUST_WORSE");
    }

    @Test
    void withASafetyConcernNothingPointsToWorkTogether() {
        HelpAdvice advice = HelpAdvice.of(List.of(Signal.TRUST_WORSE, Signal.SAFETY));
        assertThat(advice.safetyFirst()).isTrue();
        assertThat(advice.signals().get(0)).isEqualTo(new HelpAdvice.Item(Signal.SAFETY, "help.signal.SAFETY", "/safety/resources"));
        assertThat(advice.signals().get(1)).as("help for oneself, not a counselor for both")
                .isEqualTo(new HelpAdvice.Item(Signal.TRUST_WORSE, "help.signal.TRUST_WORSE.safetyFirst", "/help#resources"));
        assertThat(advice.signals()).extracting(HelpAdvice.Item::path).doesNotContain("/help/counselor");
    }
}
