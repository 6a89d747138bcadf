package app.kintsugi.reflection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.UnfinishedReflection;
import app.kintsugi.shared.InvalidInputException;

class ReflectionRulesTest {

    @Test
    void whatHappenedIsTheOnlyRequiredField() {
        assertThatCode(() -> ReflectionRules.check(new ReflectionDraft(null, "Enough", null, null, Map.of(), null)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReflectionRules.check(new ReflectionDraft("t", null, "v", BetrayalKind.LYING, Map.of(), "i")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("whatHappened"));
    }

    @Test
    void textsAreLimitedToTwentyThousandCharacters() {
        String max = "a".repeat(20_000);
        assertThatCode(() -> ReflectionRules.check(new ReflectionDraft(null, max, max, null, Map.of(), max)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReflectionRules.check(new ReflectionDraft("t".repeat(201), max + "b", null, null, Map.of(), max + "c")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("title", "whatHappened", "impact"));
    }

    @Test
    void intensitiesRunFromZeroToTen() {
        assertThatCode(() -> ReflectionRules.check(new ReflectionDraft(null, "x", null, null,
                Map.of(Emotion.HURT, 0, Emotion.ANGER, 10), null))).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReflectionRules.check(new ReflectionDraft(null, "x", null, null,
                Map.of(Emotion.HURT, -1, Emotion.FEAR, 11), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("intensity[HURT]", "intensity[FEAR]"));
    }

    @Test
    void anUnfinishedReflectionNeedsNothingButStaysWithinTheLimits() {
        assertThatCode(() -> ReflectionRules.checkUnfinished(new UnfinishedReflection(null, null, null, null,
                java.util.Set.of(Emotion.FEAR), Map.of(), null))).doesNotThrowAnyException();
        String max = "a".repeat(20_000);
        assertThatThrownBy(() -> ReflectionRules.checkUnfinished(new UnfinishedReflection("t".repeat(201), max + "b", null,
                null, java.util.Set.of(Emotion.HURT), Map.of(Emotion.HURT, 11), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("title", "whatHappened", "intensity[HURT]"));
    }

    @Test
    void anUnfinishedReflectionKeepsStrengthsOnlyForChosenFeelings() {
        var d = new UnfinishedReflection(null, " ", null, null, java.util.Set.of(Emotion.HURT),
                Map.of(Emotion.HURT, 6, Emotion.ANGER, 3), null);
        assertThat(d.intensity()).containsOnly(Map.entry(Emotion.HURT, 6));
        assertThat(d.isEmpty()).isFalse();
        assertThat(new UnfinishedReflection(null, " \n", "", null, java.util.Set.of(), Map.of(Emotion.ANGER, 3), null).isEmpty())
                .isTrue();
    }

    @Test
    void listTitlesFallBackToTheFirstWords() {
        assertThat(ReflectionRules.listTitle(new ReflectionDraft("Mine", "text", null, null, Map.of(), null))).isEqualTo("Mine");
        assertThat(ReflectionRules.listTitle(new ReflectionDraft(null, "Short\n text", null, null, Map.of(), null)))
                .isEqualTo("Short text");
        String longText = "word ".repeat(40);
        assertThat(ReflectionRules.listTitle(new ReflectionDraft(null, longText, null, null, Map.of(), null)))
                .hasSizeLessThanOrEqualTo(81).endsWith("…");
        // Never cuts a character made of two UTF-16 units in half.
        String emoji = "🌿".repeat(100);
        assertThat(ReflectionRules.listTitle(new ReflectionDraft(null, emoji, null, null, Map.of(), null)))
                .isEqualTo("🌿".repeat(80) + "…");
    }
}
