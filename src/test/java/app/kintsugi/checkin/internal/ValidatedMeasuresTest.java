package app.kintsugi.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.kintsugi.checkin.Change;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.checkin.ReliableChange;
import app.kintsugi.checkin.TestQuestionnaires;

/**
 * The validated instruments the project ships, scored against worked examples: totals, reverse keys,
 * subscales, the band each total falls in and whether a difference counts as a real change, with
 * the values of each instrument's publication (see the comments in each file).
 */
class ValidatedMeasuresTest {

    static Questionnaire load(String id) {
        QuestionnaireLoader.Loaded loaded = QuestionnaireLoader.load(id + ".yaml",
                TestQuestionnaires.read("program/questionnaires/" + id + ".yaml"), true);
        assertThat(loaded.problems()).as(id).isEmpty();
        return loaded.questionnaire();
    }

    static final Questionnaire PHQ9 = load("phq-9");
    static final Questionnaire GAD7 = load("gad-7");
    static final Questionnaire PCL5 = load("pcl-5");
    static final Questionnaire CSI4 = load("csi-4");
    static final Questionnaire CSI16 = load("csi-16");

    /** Answers in the order the items are asked. */
    static Map<String, Integer> answers(Questionnaire q, int... values) {
        assertThat(values).as("one answer per item of " + q.id()).hasSize(q.items().size());
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(q.items().get(i).id(), values[i]);
        }
        return out;
    }

    private static String band(Questionnaire q, String subscale, double score) {
        return q.subscale(subscale).orElseThrow().cutoff(score).map(c -> c.label(Locale.ENGLISH)).orElse(null);
    }

    private static Change change(Questionnaire q, String subscale, double before, double after) {
        return ReliableChange.between(q.subscale(subscale).orElseThrow(), before, after);
    }

    @Test
    void everyShippedInstrumentNamesItsSourceAndLicenceAndWhatItMeasures() {
        for (Questionnaire q : List.of(PHQ9, GAD7, PCL5, CSI4, CSI16)) {
            assertThat(q.provenance().validated()).as(q.id()).isTrue();
            assertThat(q.provenance().source()).as(q.id()).isNotBlank();
            assertThat(q.provenance().licence()).as(q.id()).isNotBlank();
            assertThat(q.provenance().languages()).as(q.id() + ": English only, no unchecked translation").containsExactly("en");
            assertThat(q.about(Locale.ENGLISH)).isNotBlank();
            assertThat(q.about(Locale.forLanguageTag("es"))).isNotEqualTo(q.about(Locale.ENGLISH));
            assertThat(q.speaks(Locale.forLanguageTag("es"))).isFalse();
            assertThat(q.items().getFirst().text(Locale.forLanguageTag("es"))).as("items fall back to English")
                    .isEqualTo(q.items().getFirst().text(Locale.ENGLISH));
        }
        Questionnaire weekly = load("kintsugi-weekly");
        assertThat(weekly.provenance().validated()).isFalse();
        assertThat(weekly.about(Locale.ENGLISH)).contains("Not a validated test");
    }

    @Test
    void phq9SumsNineItemsIntoKroenkesSeverityBands() {
        assertThat(PHQ9.items()).hasSize(9);
        Map<String, Double> scores = QuestionnaireScoring.score(PHQ9, answers(PHQ9, 1, 2, 3, 1, 0, 2, 1, 0, 0));
        assertThat(scores).containsExactly(Map.entry("total", 10.0));
        assertThat(PHQ9.subscale("total").orElseThrow().min()).isZero();
        assertThat(PHQ9.subscale("total").orElseThrow().max()).isEqualTo(27);
        assertThat(band(PHQ9, "total", 0)).isEqualTo("Few or no signs");
        assertThat(band(PHQ9, "total", 4)).isEqualTo("Few or no signs");
        assertThat(band(PHQ9, "total", 5)).isEqualTo("Mild");
        assertThat(band(PHQ9, "total", 9)).isEqualTo("Mild");
        assertThat(band(PHQ9, "total", 10)).isEqualTo("Moderate");
        assertThat(band(PHQ9, "total", 15)).isEqualTo("Moderately severe");
        assertThat(band(PHQ9, "total", 19)).isEqualTo("Moderately severe");
        assertThat(band(PHQ9, "total", 20)).isEqualTo("Severe");
        assertThat(band(PHQ9, "total", 27)).isEqualTo("Severe");
        // Reliable change 6 points; lower is better.
        assertThat(change(PHQ9, "total", 16, 10)).isEqualTo(Change.IMPROVED);
        assertThat(change(PHQ9, "total", 16, 11)).isEqualTo(Change.NO_RELIABLE_CHANGE);
        assertThat(change(PHQ9, "total", 8, 14)).isEqualTo(Change.WORSENED);
    }

    @Test
    void phq9ItemNineAboveZeroIsACrisisWhateverTheTotal() {
        assertThat(PHQ9.provenance().crisisItems()).containsExactly("self-harm");
        assertThat(PHQ9.items().get(8).id()).isEqualTo("self-harm");
        assertThat(PHQ9.crisis(answers(PHQ9, 0, 0, 0, 0, 0, 0, 0, 0, 1))).isTrue();
        assertThat(PHQ9.crisis(answers(PHQ9, 0, 0, 0, 0, 0, 0, 0, 0, 3))).isTrue();
        assertThat(PHQ9.crisis(answers(PHQ9, 3, 3, 3, 3, 3, 3, 3, 3, 0))).isFalse();
        for (Questionnaire q : List.of(GAD7, PCL5, CSI4, CSI16)) {
            assertThat(q.provenance().crisisItems()).as(q.id()).isEmpty();
        }
    }

    @Test
    void gad7SumsSevenItemsIntoSpitzersSeverityBands() {
        assertThat(GAD7.items()).hasSize(7);
        assertThat(QuestionnaireScoring.score(GAD7, answers(GAD7, 3, 2, 2, 1, 0, 1, 2))).containsExactly(Map.entry("total", 11.0));
        assertThat(GAD7.subscale("total").orElseThrow().max()).isEqualTo(21);
        assertThat(band(GAD7, "total", 4)).isEqualTo("Few or no signs");
        assertThat(band(GAD7, "total", 5)).isEqualTo("Mild");
        assertThat(band(GAD7, "total", 10)).isEqualTo("Moderate");
        assertThat(band(GAD7, "total", 15)).isEqualTo("Severe");
        // Reliable change 4 points.
        assertThat(change(GAD7, "total", 12, 8)).isEqualTo(Change.IMPROVED);
        assertThat(change(GAD7, "total", 12, 9)).isEqualTo(Change.NO_RELIABLE_CHANGE);
        assertThat(change(GAD7, "total", 5, 9)).isEqualTo(Change.WORSENED);
    }

    @Test
    void pcl5SumsTwentyItemsIntoTheTotalAndItsFourClusters() {
        assertThat(PCL5.items()).hasSize(20);
        // Items 1-5: 4 3 2 1 0 (B = 10); 6-7: 2 2 (C = 4); 8-14: 1 1 1 1 1 1 1 (D = 7); 15-20: 3 3 3 3 3 3 (E = 18).
        Map<String, Double> scores = QuestionnaireScoring.score(PCL5,
                answers(PCL5, 4, 3, 2, 1, 0, 2, 2, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3));
        assertThat(scores).containsExactly(Map.entry("total", 39.0), Map.entry("intrusions", 10.0), Map.entry("avoidance", 4.0),
                Map.entry("thoughts-and-mood", 7.0), Map.entry("arousal", 18.0));
        assertThat(PCL5.subscale("total").orElseThrow().max()).isEqualTo(80);
        assertThat(PCL5.subscale("avoidance").orElseThrow().max()).isEqualTo(8);
        assertThat(band(PCL5, "total", 32)).isEqualTo("Below the cut-off");
        assertThat(band(PCL5, "total", 33)).isEqualTo("At or above the cut-off");
        // Ten points for the total.
        assertThat(change(PCL5, "total", 45, 35)).isEqualTo(Change.IMPROVED);
        assertThat(change(PCL5, "total", 45, 36)).isEqualTo(Change.NO_RELIABLE_CHANGE);
        assertThat(change(PCL5, "total", 20, 30)).isEqualTo(Change.WORSENED);
    }

    @Test
    void csi4AddsItsFourItemsAndFallsBelowTheDissatisfactionCutOffUnder13Point5() {
        assertThat(CSI4.items()).extracting(Item::id).containsExactly("happiness", "warm", "rewarding", "satisfied");
        assertThat(CSI4.subscale("total").orElseThrow().max()).isEqualTo(21);
        // Happy (3), mostly true (3), somewhat (2), mostly (3): 11, below 13.5.
        double total = QuestionnaireScoring.score(CSI4, answers(CSI4, 3, 3, 2, 3)).get("total");
        assertThat(total).isEqualTo(11.0);
        assertThat(band(CSI4, "total", total)).isEqualTo("Notable dissatisfaction");
        assertThat(band(CSI4, "total", 13)).isEqualTo("Notable dissatisfaction");
        assertThat(band(CSI4, "total", 14)).isEqualTo("Above the dissatisfaction cut-off");
        assertThat(QuestionnaireScoring.score(CSI4, answers(CSI4, 6, 5, 5, 5))).containsEntry("total", 21.0);
        assertThat(change(CSI4, "total", 11, 14)).isEqualTo(Change.IMPROVED);
        assertThat(change(CSI4, "total", 11, 13)).isEqualTo(Change.NO_RELIABLE_CHANGE);
    }

    @Test
    void csi16ReversesTheWordPairsWhoseGoodWordComesFirst() {
        assertThat(CSI16.items()).hasSize(16);
        assertThat(CSI16.items().stream().filter(Item::reverse).map(Item::id))
                .containsExactly("interesting", "full", "sturdy", "enjoyable");
        assertThat(CSI16.subscale("total").orElseThrow().max()).isEqualTo(81);
        // The most satisfied answers: 6 on happiness, 5 on the next nine, and on the word pairs the good
        // word: position 0 where it is on the left (reversed to 5), 5 where it is on the right.
        assertThat(QuestionnaireScoring.score(CSI16, answers(CSI16, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 5, 0, 0, 5, 0)))
                .containsEntry("total", 81.0);
        assertThat(QuestionnaireScoring.score(CSI16, answers(CSI16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 5, 5, 0, 5)))
                .containsEntry("total", 0.0);
        // A worked example: 3 + 3 + 3 + 3 + 3 + 2 + 3 + 2 + 2 + 3 = 27 on the first ten; on the pairs
        // interesting at 2 (counts 3), good at 3 (3), full at 3 (2), sturdy at 4 (1), hopeful at 2 (2),
        // enjoyable at 1 (4) = 15; total 42, below 51.5.
        double total = QuestionnaireScoring.score(CSI16, answers(CSI16, 3, 3, 3, 3, 3, 2, 3, 2, 2, 3, 2, 3, 3, 4, 2, 1)).get("total");
        assertThat(total).isEqualTo(42.0);
        assertThat(band(CSI16, "total", total)).isEqualTo("Notable dissatisfaction");
        assertThat(band(CSI16, "total", 51)).isEqualTo("Notable dissatisfaction");
        assertThat(band(CSI16, "total", 52)).isEqualTo("Above the dissatisfaction cut-off");
        assertThat(change(CSI16, "total", 42, 52)).isEqualTo(Change.IMPROVED);
        assertThat(change(CSI16, "total", 42, 51)).isEqualTo(Change.NO_RELIABLE_CHANGE);
    }
}
