package app.kintsugi.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.kintsugi.checkin.Cutoff;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.checkin.Scale;
import app.kintsugi.checkin.Scoring;
import app.kintsugi.checkin.Subscale;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.Validation;

class QuestionnaireScoringTest {

    private static final Scale AGREE = new Scale(1, 5, Map.of("en", Map.of(1, "No", 5, "Yes"), "es", Map.of(1, "No", 5, "Sí")));
    private static final Scale ZERO_TO_TEN = new Scale(0, 10, Map.of("en", Map.of(0, "None", 10, "Worst"), "es", Map.of(0, "Nada", 10, "Lo peor")));

    /** a, b and c (reversed) on 1–5, d on 0–10; b is in both subscales. */
    private static final Questionnaire Q = new Questionnaire("sample", 1, Map.of("en", "Sample", "es", "Muestra"),
            Map.of("en", "Intro", "es", "Intro"),
            List.of(item("a", false, AGREE), item("b", false, AGREE), item("c", true, AGREE), item("d", false, ZERO_TO_TEN)),
            List.of(new Subscale("mean", List.of("a", "b", "c"), Scoring.MEAN, 1, 5, 0.75, true, List.of()),
                    new Subscale("sum", List.of("b", "d"), Scoring.SUM, 1, 15, 3, false, List.of())),
            false);

    private static Item item(String id, boolean reverse, Scale scale) {
        return new Item(id, Map.of("en", id, "es", id), reverse, scale);
    }

    @Test
    void meanAndSumSubscalesWithReverseKeysAndAnItemInTwoSubscales() {
        Map<String, Double> scores = QuestionnaireScoring.score(Q, Map.of("a", 4, "b", 2, "c", 5, "d", 7));
        // mean: (4 + 2 + (1 + 5 - 5)) / 3; sum: 2 + 7
        assertThat(scores).containsExactly(Map.entry("mean", 7.0 / 3), Map.entry("sum", 9.0));
        assertThat(QuestionnaireScoring.score(Q, Map.of("a", 1, "b", 1, "c", 1, "d", 0)))
                .as("a reverse-keyed lowest answer counts as the highest")
                .containsEntry("mean", (1 + 1 + 5) / 3.0).containsEntry("sum", 1.0);
        assertThat(QuestionnaireScoring.score(Q, Map.of("a", 5, "b", 5, "c", 3, "d", 10)).get("mean"))
                .isCloseTo(13 / 3.0, within(1e-12));
    }

    @Test
    void missingAnswersAreListedInTheOrderAsked() {
        Map<String, Integer> partial = new HashMap<>();
        partial.put("d", 3);
        partial.put("b", null);
        assertThat(QuestionnaireScoring.missing(Q, partial)).containsExactly("a", "b", "c");
        assertThat(QuestionnaireScoring.missing(Q, Map.of("a", 1, "b", 1, "c", 1, "d", 1))).isEmpty();
        assertThatThrownBy(() -> QuestionnaireScoring.score(Q, partial))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot score 'sample': not answered: a, b, c");
    }

    @Test
    void answersOutsideTheirItemsScaleOrForUnknownItemsAreRefused() {
        assertThatThrownBy(() -> QuestionnaireScoring.score(Q, Map.of("a", 0, "b", 6, "c", 1, "d", 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot score 'sample': outside the scale: a (0, scale 1 to 5), b (6, scale 1 to 5)");
        assertThatThrownBy(() -> QuestionnaireScoring.score(Q, Map.of("a", 1, "b", 1, "c", 1, "d", 11, "z", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot score 'sample': outside the scale: d (11, scale 0 to 10); not items of 'sample': z");
        assertThatThrownBy(() -> QuestionnaireScoring.score(Q, Map.of("b", 9, "c", 1, "d", 1)))
                .hasMessage("Cannot score 'sample': not answered: a; outside the scale: b (9, scale 1 to 5)");
    }

    @Test
    void helpersFindItemsSubscalesAndTextsWithEnglishAsFallback() {
        assertThat(Q.item("c")).hasValueSatisfying(i -> assertThat(i.reverse()).isTrue());
        assertThat(Q.item("nope")).isEmpty();
        assertThat(Q.subscale("sum")).hasValueSatisfying(s -> assertThat(s.items()).containsExactly("b", "d"));
        assertThat(Q.title(java.util.Locale.forLanguageTag("es-MX"))).isEqualTo("Muestra");
        assertThat(Q.title(java.util.Locale.GERMAN)).isEqualTo("Sample");
        assertThat(Q.title(null)).isEqualTo("Sample");
        assertThat(ZERO_TO_TEN.anchors(java.util.Locale.forLanguageTag("es"))).containsExactly(Map.entry(0, "Nada"), Map.entry(10, "Lo peor"));
        assertThat(ZERO_TO_TEN.contains(0)).isTrue();
        assertThat(ZERO_TO_TEN.contains(11)).isFalse();
    }

    @Test
    void aScoreIsLabelledByTheHighestCutoffItReaches() {
        Subscale s = new Subscale("s", List.of("a"), Scoring.SUM, 0, 10, 3, false,
                List.of(new Cutoff(4, Map.of("en", "Some", "es", "Algo")), new Cutoff(7, Map.of("en", "High", "es", "Alto"))));
        assertThat(s.cutoff(3.9)).isEmpty();
        assertThat(s.cutoff(4)).hasValueSatisfying(c -> assertThat(c.label(java.util.Locale.ENGLISH)).isEqualTo("Some"));
        assertThat(s.cutoff(10)).hasValueSatisfying(c -> assertThat(c.label(java.util.Locale.forLanguageTag("es"))).isEqualTo("Alto"));
    }

    @Test
    void sentAnswersAreReadOnTheirScaleAndAnUnansweredItemIsLeftOutOrRefused() {
        Map<String, String> sent = new HashMap<>();
        sent.put("a", " 4 ");
        sent.put("b", "6");
        sent.put("c", "x");
        sent.put("d", "");
        Validation v = new Validation();
        assertThat(QuestionnaireScoring.parse(Q, sent, v, null)).containsExactly(Map.entry("a", 4));
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("item-b", "item-c"));
        Validation all = new Validation();
        QuestionnaireScoring.parse(Q, sent, all, "measure.answer.missing");
        assertThatThrownBy(all::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get("item-d").code()).isEqualTo("measure.answer.missing"));
    }
}
