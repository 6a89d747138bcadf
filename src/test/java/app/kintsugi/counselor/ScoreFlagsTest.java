package app.kintsugi.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.kintsugi.checkin.Change;
import app.kintsugi.checkin.Cutoff;
import app.kintsugi.checkin.Scoring;
import app.kintsugi.checkin.Subscale;
import app.kintsugi.checkin.Trajectory;
import app.kintsugi.counselor.ScoreFlags.Kind;

/** What a counselor is told stands out in a partner's shown scores. */
class ScoreFlagsTest {

    /** A sum scale where higher means more distress, with a cut-off at 10 ("moderate") and 15 ("severe"). */
    private static final Subscale DISTRESS = new Subscale("distress", List.of("a", "b"), Scoring.SUM, 0, 27, 5, false,
            List.of(new Cutoff(10, Map.of("en", "moderate")), new Cutoff(15, Map.of("en", "severe"))));
    private static final Subscale TRUST = new Subscale("trust", List.of("a"), Scoring.MEAN, 1, 5, 1, true, List.of());

    private static List<Trajectory.Point> points(double... scores) {
        List<Trajectory.Point> out = new ArrayList<>();
        LocalDate week = LocalDate.of(2026, 1, 5);
        for (double s : scores) {
            out.add(new Trajectory.Point(week, s, s, Change.NO_RELIABLE_CHANGE, Change.NO_RELIABLE_CHANGE));
            week = week.plusWeeks(1);
        }
        return out;
    }

    @Test
    void oneScoreOrSmallWobblesFlagNothing() {
        assertThat(ScoreFlags.of(DISTRESS, points(12))).isEmpty();
        assertThat(ScoreFlags.of(DISTRESS, points(4, 6, 8))).isEmpty();
        assertThat(ScoreFlags.of(TRUST, points(3.0, 3.5, 3.9))).isEmpty();
        assertThat(ScoreFlags.of(null)).isEmpty();
    }

    @Test
    void aReliableChangeIsFlaggedInTheScalesOwnDirection() {
        var flags = ScoreFlags.of(TRUST, points(2.0, 3.5));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CHANGED_SINCE_PREVIOUS);
            assertThat(f.change()).isEqualTo(Change.IMPROVED);
            assertThat(f.worse()).isFalse();
        });
        // Lower is better on distress: a rise of 5 is worse.
        assertThat(ScoreFlags.of(DISTRESS, points(2, 7)).getFirst().change()).isEqualTo(Change.WORSENED);
        // Slowly, step by step: only against the first.
        var slow = ScoreFlags.of(TRUST, points(2.0, 2.6, 3.2));
        assertThat(slow).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CHANGED_SINCE_FIRST);
            assertThat(f.before()).isEqualTo(2.0);
            assertThat(f.after()).isEqualTo(3.2);
        });
    }

    @Test
    void crossingACutoffEitherWayIsFlaggedWithTheCutoffConcerned() {
        var up = ScoreFlags.of(DISTRESS, points(8, 11));
        assertThat(up).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CROSSED_UP);
            assertThat(f.cutoff().at()).isEqualTo(10);
        });
        var down = ScoreFlags.of(DISTRESS, points(16, 12));
        assertThat(down).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CROSSED_DOWN);
            assertThat(f.cutoff().label(java.util.Locale.ENGLISH)).isEqualTo("severe");
        });
        // From below every cut-off to the highest, and reliably worse: both said.
        assertThat(ScoreFlags.of(DISTRESS, points(5, 16)).stream().map(ScoreFlags.Flag::kind))
                .containsExactly(Kind.CHANGED_SINCE_PREVIOUS, Kind.CROSSED_UP);
    }

    // --- Validated measures: the same rules, read from the shipped definition files ------------------

    private static Subscale total(String questionnaire) {
        return app.kintsugi.checkin.TestCheckIns.builtIn(questionnaire).subscale("total").orElseThrow();
    }

    @Test
    void aPhq9RiseOfSixIsAReliableChangeForTheWorseAndFiveIsNot() {
        Subscale phq9 = total("phq-9");
        assertThat(ScoreFlags.of(phq9, points(4, 9)).stream().map(ScoreFlags.Flag::kind)).doesNotContain(Kind.CHANGED_SINCE_PREVIOUS);
        var flags = ScoreFlags.of(phq9, points(4, 10));
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CHANGED_SINCE_PREVIOUS);
            assertThat(f.change()).isEqualTo(Change.WORSENED);
            assertThat(f.worse()).isTrue();
            assertThat(f.before()).isEqualTo(4);
            assertThat(f.after()).isEqualTo(10);
        });
        // 4 → 10 also reaches "Moderate" (10) from "Few or no signs".
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CROSSED_UP);
            assertThat(f.cutoff().at()).isEqualTo(10);
            assertThat(f.cutoff().label(java.util.Locale.ENGLISH)).isEqualTo("Moderate");
        });
        // Falling back by six is better, by the scale's own direction (lower is better).
        assertThat(ScoreFlags.of(phq9, points(16, 10))).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CHANGED_SINCE_PREVIOUS);
            assertThat(f.change()).isEqualTo(Change.IMPROVED);
        });
    }

    @Test
    void aGad7ScoreCrossingTenIsFlaggedEvenWithoutAReliableChange() {
        Subscale gad7 = total("gad-7");
        var up = ScoreFlags.of(gad7, points(8, 11));
        assertThat(up).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CROSSED_UP);
            assertThat(f.cutoff().at()).isEqualTo(10);
            assertThat(f.change()).isNull();
        });
        var down = ScoreFlags.of(gad7, points(11, 9));
        assertThat(down).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CROSSED_DOWN);
            assertThat(f.cutoff().at()).isEqualTo(10);
        });
        // Within one band nothing stands out.
        assertThat(ScoreFlags.of(gad7, points(10, 12))).isEmpty();
    }
}
