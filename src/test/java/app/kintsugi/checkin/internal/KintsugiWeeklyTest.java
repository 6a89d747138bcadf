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
import app.kintsugi.checkin.Scale;
import app.kintsugi.checkin.Scoring;
import app.kintsugi.checkin.Signals;
import app.kintsugi.checkin.Subscale;
import app.kintsugi.checkin.TestQuestionnaires;

/** The weekly check-in the project ships, as a person answering it would meet it. */
class KintsugiWeeklyTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final QuestionnaireLoader.Loaded LOADED = QuestionnaireLoader.load("kintsugi-weekly.yaml",
            TestQuestionnaires.read("program/questionnaires/kintsugi-weekly.yaml"), true);
    private static final Questionnaire WEEKLY = LOADED.questionnaire();

    @Test
    void itLoadsWithoutProblemsAsVersionOne() {
        assertThat(LOADED.problems()).isEmpty();
        assertThat(WEEKLY.id()).isEqualTo("kintsugi-weekly");
        assertThat(WEEKLY.version()).isEqualTo(1);
        assertThat(WEEKLY.builtIn()).isTrue();
    }

    @Test
    void everyTextIsWrittenInEnglishAndSpanishInTheProjectsVoice() {
        assertThat(WEEKLY.items()).hasSizeBetween(9, 12);
        for (Item item : WEEKLY.items()) {
            assertThat(item.text().keySet()).containsExactly("en", "es");
            assertThat(item.text(SPANISH)).isNotEqualTo(item.text(Locale.ENGLISH));
            for (Locale locale : List.of(Locale.ENGLISH, SPANISH)) {
                assertThat(item.scale().anchors(locale)).containsKeys(item.scale().min(), item.scale().max());
            }
        }
        assertThat(WEEKLY.title(SPANISH)).isNotEqualTo(WEEKLY.title(Locale.ENGLISH));
        assertThat(WEEKLY.intro(SPANISH)).contains("privadas");
        assertThat(WEEKLY.intro(Locale.ENGLISH)).contains("private");
        StringBuilder all = new StringBuilder(WEEKLY.title(Locale.ENGLISH) + WEEKLY.intro(Locale.ENGLISH) + WEEKLY.intro(SPANISH));
        WEEKLY.items().forEach(i -> all.append(i.text(Locale.ENGLISH)).append(i.text(SPANISH))
                .append(i.scale().anchors(Locale.ENGLISH).values()).append(i.scale().anchors(SPANISH).values()));
        assertThat(all.toString()).doesNotContain("!").doesNotContain("¡");
    }

    @Test
    void agreementItemsUseOneFiveDegreeScaleNamedAtEveryPoint() {
        Scale agree = WEEKLY.item("predictable").orElseThrow().scale();
        assertThat(agree.min()).isEqualTo(1);
        assertThat(agree.max()).isEqualTo(5);
        assertThat(agree.anchors(Locale.ENGLISH)).containsExactly(Map.entry(1, "Strongly disagree"), Map.entry(2, "Disagree"),
                Map.entry(3, "Neither agree nor disagree"), Map.entry(4, "Agree"), Map.entry(5, "Strongly agree"));
        assertThat(agree.anchors(SPANISH)).hasSize(5).containsEntry(5, "Muy de acuerdo");
        Scale distress = WEEKLY.item("distress").orElseThrow().scale();
        assertThat(distress.min()).isZero();
        assertThat(distress.max()).isEqualTo(10);
        assertThat(distress.anchors(Locale.ENGLISH)).containsExactly(Map.entry(0, "No distress at all"),
                Map.entry(10, "The worst I can imagine"));
        assertThat(WEEKLY.item("overwhelmed").orElseThrow().scale().anchors(Locale.ENGLISH)).containsEntry(4, "Often");
    }

    @Test
    void theSubscalesAreTheOnesTheRestOfTheApplicationReads() {
        assertThat(WEEKLY.subscales()).extracting(Subscale::name)
                .containsExactly("trust", "safety", "communication", "closeness", "hope", "overwhelmed", "distress");
        Subscale trust = WEEKLY.subscale("trust").orElseThrow();
        assertThat(trust.items()).containsExactly("predictable", "dependable", "faith", "checking");
        assertThat(trust.scoring()).isEqualTo(Scoring.MEAN);
        assertThat(WEEKLY.items()).filteredOn(Item::reverse).extracting(Item::id).containsExactly("checking");
        assertThat(WEEKLY.subscales()).filteredOn(s -> !s.higherIsBetter()).extracting(Subscale::name)
                .containsExactly("overwhelmed", "distress");
        assertThat(WEEKLY.subscales()).extracting(Subscale::reliableChange).containsExactly(0.75, 2.0, 2.0, 2.0, 2.0, 2.0, 3.0);
        assertThat(WEEKLY.subscales()).flatExtracting(Subscale::items).containsExactlyInAnyOrderElementsOf(
                WEEKLY.items().stream().map(Item::id).toList());
    }

    @Test
    void theLowestAndHighestPossibleAnswersScoreTheEndsOfEachSubscalesRange() {
        Map<String, Integer> lowest = new LinkedHashMap<>();
        Map<String, Integer> highest = new LinkedHashMap<>();
        for (Item item : WEEKLY.items()) {
            lowest.put(item.id(), item.reverse() ? item.scale().max() : item.scale().min());
            highest.put(item.id(), item.reverse() ? item.scale().min() : item.scale().max());
        }
        Map<String, Double> low = QuestionnaireScoring.score(WEEKLY, lowest);
        Map<String, Double> high = QuestionnaireScoring.score(WEEKLY, highest);
        for (Subscale subscale : WEEKLY.subscales()) {
            assertThat(low.get(subscale.name())).as(subscale.name() + " lowest").isEqualTo(subscale.min());
            assertThat(high.get(subscale.name())).as(subscale.name() + " highest").isEqualTo(subscale.max());
        }
        assertThat(WEEKLY.subscale("trust").orElseThrow()).extracting(Subscale::min, Subscale::max).containsExactly(1.0, 5.0);
        assertThat(WEEKLY.subscale("distress").orElseThrow()).extracting(Subscale::min, Subscale::max).containsExactly(0.0, 10.0);

        Map<String, Integer> allOnes = new LinkedHashMap<>();
        WEEKLY.items().forEach(i -> allOnes.put(i.id(), 1));
        assertThat(QuestionnaireScoring.score(WEEKLY, allOnes).get("trust"))
                .as("'I had to check up on my partner' answered 'strongly disagree' counts as trust")
                .isEqualTo((1 + 1 + 1 + 5) / 4.0);
    }

    @Test
    void itsSignalsPointAtItsDistressAndOverwhelmedSubscales() {
        assertThat(LOADED.signals()).isEqualTo(new Signals(7, 3, 4));
        Subscale distress = WEEKLY.subscale("distress").orElseThrow();
        assertThat(ReliableChange.between(distress, 3, 7)).isEqualTo(Change.WORSENED);
    }
}
