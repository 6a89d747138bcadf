package app.kintsugi.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReliableChangeTest {

    private static final Subscale TRUST = new Subscale("trust", List.of("a", "b", "c"), Scoring.MEAN, 1, 5, 0.75, true, List.of());
    private static final Subscale DISTRESS = new Subscale("distress", List.of("d"), Scoring.SUM, 0, 10, 3, false, List.of());

    @Test
    void whereHigherIsBetterAReliableRiseImprovesAndAReliableFallWorsens() {
        assertThat(ReliableChange.between(TRUST, 2.0, 2.75)).isEqualTo(Change.IMPROVED);
        assertThat(ReliableChange.between(TRUST, 3.5, 2.0)).isEqualTo(Change.WORSENED);
        assertThat(ReliableChange.between(TRUST, 2.0, 2.5)).isEqualTo(Change.NO_RELIABLE_CHANGE);
        assertThat(ReliableChange.between(TRUST, 3.0, 2.5)).isEqualTo(Change.NO_RELIABLE_CHANGE);
        assertThat(ReliableChange.between(TRUST, 3.0, 3.0)).isEqualTo(Change.NO_RELIABLE_CHANGE);
    }

    @Test
    void whereHigherIsWorseARiseWorsensAndAFallImproves() {
        assertThat(ReliableChange.between(DISTRESS, 4, 7)).isEqualTo(Change.WORSENED);
        assertThat(ReliableChange.between(DISTRESS, 9, 2)).isEqualTo(Change.IMPROVED);
        assertThat(ReliableChange.between(DISTRESS, 5, 7)).isEqualTo(Change.NO_RELIABLE_CHANGE);
        assertThat(ReliableChange.between(DISTRESS, 7, 5)).isEqualTo(Change.NO_RELIABLE_CHANGE);
    }

    @Test
    void exactlyTheThresholdCountsEvenAfterRoundingOfMeans() {
        Subscale thirds = new Subscale("t", List.of("a", "b", "c"), Scoring.MEAN, 1, 5, 1, true, List.of());
        double before = (1 + 2 + 2) / 3.0;
        double after = (2 + 3 + 3) / 3.0;
        assertThat(after - before).isNotEqualTo(1.0);
        assertThat(ReliableChange.between(thirds, before, after)).isEqualTo(Change.IMPROVED);
        assertThat(ReliableChange.between(thirds, after, before)).isEqualTo(Change.WORSENED);
    }

    @Test
    void scoresThatAreNotNumbersAreRefused() {
        assertThatThrownBy(() -> ReliableChange.between(TRUST, Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
