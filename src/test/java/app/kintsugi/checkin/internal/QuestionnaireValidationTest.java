package app.kintsugi.checkin.internal;

import static app.kintsugi.checkin.TestQuestionnaires.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.kintsugi.checkin.Cutoff;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.checkin.Scoring;
import app.kintsugi.checkin.Subscale;

/**
 * Each file under {@code questionnaires-broken/} breaks {@code questionnaires-good/sample.yaml} in
 * one way; the messages must name the file, the line and the problem, and nothing else.
 */
class QuestionnaireValidationTest {

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("not-yaml", "line 23: not valid YAML: expected <block end>, but found '<block mapping start>'"),
                broken("empty", "line 1: the file is empty"),
                broken("not-a-mapping", "line 2: the definition must be a mapping of keys to values"),
                broken("unknown-key", "line 20: item 'tense': unknown key 'revers' (expected id, text, reverse, scale)"),
                broken("missing-language", "line 23: item 'hope' has no Spanish text"),
                broken("missing-key", "line 2: 'version' is missing"),
                broken("bad-id", "line 2: the questionnaire: 'id' must be lower-case letters and digits joined by '-' or '_'"
                        + " (at most 64 characters), like 'kintsugi-weekly'"),
                broken("bad-version", "line 3: 'version' must be 1 or more"),
                broken("duplicate-item", "line 26: item 'calm' appears twice (first on line 17)"),
                broken("duplicate-key", "line 7: 'title' appears twice (first on line 4)"),
                broken("item-in-no-subscale", "line 26: item 'later' is in no subscale"),
                broken("unknown-item-in-subscale", "line 28: subscale 'hope' names unknown item 'hopeful'"),
                broken("item-twice-in-subscale", "line 28: subscale 'hope' names item 'hope' twice"),
                broken("min-not-below-max", "line 10: the default scale: min (5) must be less than max (5)"),
                broken("reverse-without-scale", "line 14: item 'tense' is reverse-keyed but has no scale to reverse it on"
                        + " (give it a 'scale', or the questionnaire a default 'scale')"),
                broken("anchor-missing", "line 15: the default scale has no Spanish anchor for 5 (its max)"),
                broken("anchors-differ", "line 15: the default scale: the Spanish anchors name the points [1, 5],"
                        + " the English ones [1, 3, 5]; every language needs the same"),
                broken("anchor-outside-scale", "line 14: the default scale: the English anchors name 7, which is outside the scale 1 to 5"),
                broken("threshold-not-positive", "line 33: reliable_change of subscale 'ease' must be more than 0"),
                broken("threshold-beyond-range", "line 34: reliable_change of subscale 'hope' (9) is more than its whole range"
                        + " (2 to 10), so no change could ever count"),
                broken("unknown-scoring", "line 30: scoring of subscale 'ease' must be sum or mean, not 'median'"),
                broken("subscale-without-setting", "line 35: subscale 'ease' has no higher_is_better (true or false)"),
                broken("unknown-subscale-in-setting", "line 32: 'scoring' names unknown subscale 'calmness'"),
                broken("not-a-boolean", "line 20: item 'tense': 'reverse' must be true or false"),
                broken("text-not-text", "line 6: the title in Spanish must be text"),
                broken("cutoff-outside-range", "line 42: cut-off 12 of subscale 'hope' is outside its range 2 to 10"),
                broken("cutoffs-out-of-order", "line 42: cut-off 4 of subscale 'hope' must come after 6: list cut-offs"
                        + " from lowest to highest, each once"),
                broken("cutoff-without-label", "line 43: cut-off 9 of subscale 'hope' has no Spanish label"),
                broken("signals-unknown-subscale",
                        "line 45: signals: 'distress_at_least' refers to subscale 'distress', which this questionnaire does not have",
                        "line 46: signals: 'distress_weeks' must be 1 or more",
                        "line 47: signals: 'overwhelmed_at_least' refers to subscale 'overwhelmed', which this questionnaire does not have"),
                broken("signals-outside-range",
                        "line 53: signals: 'distress_at_least' (7) is outside the range of subscale 'distress' (1 to 5)"));
    }

    private static Arguments broken(String name, String... problems) {
        return Arguments.of(name, List.of(problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachProblemNamesTheFileTheLineAndWhatIsWrong(String name, List<String> problems) {
        String file = name + ".yaml";
        QuestionnaireLoader.Loaded loaded = QuestionnaireLoader.load(file, read("questionnaires-broken/" + file), true);
        assertThat(loaded.questionnaire()).isNull();
        assertThat(loaded.problems()).containsExactlyElementsOf(problems.stream().map(p -> file + " " + p).toList());
    }

    @Test
    void everyKindOfProblemHasItsOwnBrokenFile() {
        assertThat(brokenFiles().count() + 1).as("the test above and the one below cover every fixture")
                .isEqualTo(new java.io.File("src/test/resources/questionnaires-broken").list().length);
    }

    @Test
    void onlyTheBuiltInCheckInMayCarrySignals() {
        String yaml = read("questionnaires-broken/signals-in-added-file.yaml");
        assertThat(QuestionnaireLoader.load("signals-in-added-file.yaml", yaml, false).problems()).containsExactly(
                "signals-in-added-file.yaml line 44: 'signals' are read only from the built-in weekly check-in; remove them from this file");
    }

    @Test
    void theWeeklyCheckInMustCarryItsSignals() {
        String yaml = read("questionnaires-good/sample.yaml").replace("id: sample", "id: kintsugi-weekly");
        assertThat(QuestionnaireLoader.load("kintsugi-weekly.yaml", yaml, true).problems()).containsExactly(
                "kintsugi-weekly.yaml line 2: 'signals' is missing: the weekly check-in needs distress_at_least, distress_weeks"
                        + " and overwhelmed_at_least");
    }

    @Test
    void allProblemsOfAFileAreReportedTogether() {
        String yaml = read("questionnaires-good/sample.yaml")
                .replace("  es: Muestra\n", "")
                .replace("    reverse: true\n", "    reverse: true\n    colour: blue\n")
                .replace("  ease: mean\n", "  ease: average\n");
        assertThat(QuestionnaireLoader.load("x.yaml", yaml, false).problems()).containsExactly(
                "x.yaml line 4: the title has no Spanish text",
                "x.yaml line 20: item 'tense': unknown key 'colour' (expected id, text, reverse, scale)",
                "x.yaml line 30: scoring of subscale 'ease' must be sum or mean, not 'average'");
    }

    @Test
    void theSampleLoadsWithComputedRangesCutoffsAndTexts() {
        QuestionnaireLoader.Loaded loaded = QuestionnaireLoader.load("sample.yaml", read("questionnaires-good/sample.yaml"), false);
        assertThat(loaded.problems()).isEmpty();
        Questionnaire q = loaded.questionnaire();
        assertThat(q.id()).isEqualTo("sample");
        assertThat(q.builtIn()).isFalse();
        assertThat(loaded.signals()).isNull();
        assertThat(q.items()).extracting(Item::id).containsExactly("calm", "tense", "hope");
        assertThat(q.item("tense").orElseThrow().reverse()).isTrue();
        assertThat(q.item("hope").orElseThrow().text(Locale.forLanguageTag("es"))).isEqualTo("Tuve esperanza.");
        assertThat(q.item("calm").orElseThrow().scale().anchors(Locale.ENGLISH)).containsEntry(3, "Sometimes");
        Subscale ease = q.subscale("ease").orElseThrow();
        assertThat(ease).isEqualTo(new Subscale("ease", List.of("calm", "tense"), Scoring.MEAN, 1, 5, 1, true, List.of()));
        Subscale hope = q.subscale("hope").orElseThrow();
        assertThat(hope.min()).isEqualTo(2);
        assertThat(hope.max()).isEqualTo(10);
        assertThat(hope.cutoffs()).extracting(Cutoff::at).containsExactly(6.0, 9.0);
        assertThat(hope.cutoff(7).orElseThrow().label(Locale.forLanguageTag("es"))).isEqualTo("Algo de esperanza");
    }

    @Test
    void plainYesAndNoAreWordsWhereTextBelongs() {
        String yaml = read("questionnaires-good/sample.yaml").replace("{1: Never, 3: Sometimes, 5: Always}", "{1: No, 3: Maybe, 5: Yes}");
        QuestionnaireLoader.Loaded loaded = QuestionnaireLoader.load("yes-no.yaml", yaml, false);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.questionnaire().items().getFirst().scale().anchors(Locale.ENGLISH)).containsExactly(
                java.util.Map.entry(1, "No"), java.util.Map.entry(3, "Maybe"), java.util.Map.entry(5, "Yes"));
    }

    @Test
    void theExampleInTheReadmeIsAValidDefinition() {
        String readme = read("program/questionnaires/README.md");
        int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        QuestionnaireLoader.Loaded loaded = QuestionnaireLoader.load("README.md", example, false);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.questionnaire().subscales()).extracting(Subscale::name, Subscale::min, Subscale::max)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ease", 1.0, 5.0), org.assertj.core.groups.Tuple.tuple("distress", 0.0, 10.0));
    }
}
