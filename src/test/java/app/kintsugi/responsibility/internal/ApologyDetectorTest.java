package app.kintsugi.responsibility.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import app.kintsugi.responsibility.ApologyAnalysis;
import app.kintsugi.responsibility.ApologyAnalysis.Found;
import app.kintsugi.responsibility.ApologyPart;
import app.kintsugi.responsibility.NonApologyPattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApologyDetectorTest {

    private static final ApologyDetector EN = ApologyDetector.load("en");
    private static final ApologyDetector ES = ApologyDetector.load("es");

    @ParameterizedTest(name = "{0}: {1} → {2} \"{3}\"")
    @CsvFileSource(resources = "/detector-cases/apology/partsAndTheirWords.csv", delimiter = '|')
    void findsEachPartAndPointsAtItsWords(String language, String text, ApologyPart part, String words) {
        ApologyAnalysis analysis = detector(language).analyze(text);

        assertThat(analysis.present()).contains(part);
        assertThat(analysis.parts()).filteredOn(f -> f.kind() == part)
                .anySatisfy(f -> assertSpan(text, f, words));
    }

    @ParameterizedTest(name = "{0}: {1} → {2} \"{3}\"")
    @CsvFileSource(resources = "/detector-cases/apology/patternsAndTheirWords.csv", delimiter = '|')
    void flagsEachPatternAndPointsAtItsWords(String language, String text, NonApologyPattern pattern, String words) {
        ApologyAnalysis analysis = detector(language).analyze(text);

        assertThat(analysis.flagged()).contains(pattern);
        assertThat(analysis.patterns()).filteredOn(f -> f.kind() == pattern)
                .anySatisfy(f -> assertSpan(text, f, words));
    }

    @ParameterizedTest(name = "{0}: {1} is not {2}")
    @CsvFileSource(resources = "/detector-cases/apology/thingsThatAreNotFlagged.csv", delimiter = '|')
    void doesNotFlagLookalikes(String language, String text, NonApologyPattern pattern) {
        assertThat(detector(language).analyze(text).flagged()).doesNotContain(pattern);
    }

    @Test
    void wordsInsideAConditionalOrDeflectingOrBlamingPatternAreNoPart() {
        ApologyAnalysis conditional = EN.analyze("I'm sorry if I hurt you.");
        assertThat(conditional.flagged()).containsExactly(NonApologyPattern.CONDITIONAL);
        assertThat(conditional.parts()).isEmpty();

        ApologyAnalysis deflecting = EN.analyze("I'm sorry you think I betrayed you.");
        assertThat(deflecting.flagged()).containsExactly(NonApologyPattern.DEFLECTING_FEELINGS);
        assertThat(deflecting.parts()).isEmpty();

        ApologyAnalysis es = ES.analyze("Si te hice daño, lo siento.");
        assertThat(es.flagged()).containsExactly(NonApologyPattern.CONDITIONAL);
        assertThat(es.parts()).isEmpty();
    }

    @Test
    void anApologyTakenBackByButStillCountsAsRegretAndIsFlagged() {
        ApologyAnalysis analysis = EN.analyze("I'm sorry, but you were never home.");

        assertThat(analysis.present()).containsExactly(ApologyPart.EXPRESS_REGRET);
        assertThat(analysis.flagged()).containsExactlyInAnyOrder(NonApologyPattern.BUT, NonApologyPattern.BLAMING);
    }

    @Test
    void reportingAnOldApologyOrRefusingToAskForForgivenessIsNotThePart() {
        assertThat(EN.analyze("Look, I said I was sorry.").present()).doesNotContain(ApologyPart.EXPRESS_REGRET);
        assertThat(EN.analyze("I'm not asking you to forgive me.").present())
                .doesNotContain(ApologyPart.REQUEST_FORGIVENESS);
        assertThat(ES.analyze("Ya te pedí perdón.").present()).doesNotContain(ApologyPart.EXPRESS_REGRET);
        assertThat(ES.analyze("No te pido que me perdones.").present()).doesNotContain(ApologyPart.REQUEST_FORGIVENESS);
    }

    @Test
    void denyingIsNotOwning() {
        assertThat(EN.analyze("It's not my fault.").present()).doesNotContain(ApologyPart.ACKNOWLEDGE_RESPONSIBILITY);
        assertThat(EN.analyze("I'm not sorry.").present()).doesNotContain(ApologyPart.EXPRESS_REGRET);
        assertThat(EN.analyze("I never lied to you.").present()).doesNotContain(ApologyPart.ACKNOWLEDGE_RESPONSIBILITY);
        assertThat(ES.analyze("No fue mi culpa.").present()).doesNotContain(ApologyPart.ACKNOWLEDGE_RESPONSIBILITY);
        assertThat(ES.analyze("No lo siento.").present()).doesNotContain(ApologyPart.EXPRESS_REGRET);
        assertThat(ES.analyze("Ayer me pasé por tu casa y no estuvo mal.").present()).isEmpty();
    }

    @Test
    void curlyAndStraightApostrophesReadAlike() {
        String curly = "I’m sorry I didn’t tell you. It won’t happen again. Please don’t think you made me do it.";
        String straight = curly.replace('’', '\'');

        ApologyAnalysis a = EN.analyze(curly);
        ApologyAnalysis b = EN.analyze(straight);

        assertThat(a.present()).isEqualTo(b.present()).contains(ApologyPart.EXPRESS_REGRET, ApologyPart.DECLARE_REPENTANCE);
        assertThat(a.parts()).extracting(Found::start, Found::end)
                .isEqualTo(b.parts().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.start(), f.end())).toList());
        assertThat(a.parts()).filteredOn(f -> f.kind() == ApologyPart.DECLARE_REPENTANCE)
                .singleElement().satisfies(f -> assertSpan(curly, f, "It won’t happen again"));
    }

    @Test
    void spanishWithoutAccentsReadsLikeSpanishWithThem() {
        String text = "Te menti y lo siento. Perdoname. No volvera a pasar.";
        ApologyAnalysis analysis = ES.analyze(text);

        assertThat(analysis.present()).containsExactlyInAnyOrder(ApologyPart.ACKNOWLEDGE_RESPONSIBILITY,
                ApologyPart.EXPRESS_REGRET, ApologyPart.REQUEST_FORGIVENESS, ApologyPart.DECLARE_REPENTANCE);
        assertThat(analysis.parts()).filteredOn(f -> f.kind() == ApologyPart.REQUEST_FORGIVENESS)
                .singleElement().satisfies(f -> assertSpan(text, f, "Perdoname"));
        assertThat(ES.analyze("Lo siento pero tu me obligaste.").flagged())
                .containsExactlyInAnyOrder(NonApologyPattern.BUT, NonApologyPattern.BLAMING);
    }

    @Test
    void aTextWithNoApologyHasNothing() {
        for (ApologyDetector detector : List.of(EN, ES)) {
            ApologyAnalysis analysis = detector.analyze("We need milk, bread and eggs. ¿Y pan?");
            assertThat(analysis.parts()).isEmpty();
            assertThat(analysis.patterns()).isEmpty();
            assertThat(analysis.score()).isZero();
            assertThat(analysis.missing()).containsExactly(ApologyPart.values());
        }
        assertThat(EN.analyze("").parts()).isEmpty();
        assertThat(EN.analyze(null).patterns()).isEmpty();
    }

    @Test
    void aFullApologyHasEveryPartInOrderOfPosition() {
        String text = "I lied to you about the money. I’m so sorry. I was scared you would leave. It won’t happen again. "
                + "You can check my phone any time. Please forgive me.";
        ApologyAnalysis analysis = EN.analyze(text);

        assertThat(analysis.present()).containsExactlyInAnyOrder(ApologyPart.values());
        assertThat(analysis.missing()).isEmpty();
        assertThat(analysis.score()).isEqualTo(100);
        assertThat(analysis.patterns()).isEmpty();
        assertThat(analysis.parts()).extracting(Found::start).isSorted();
        assertThat(analysis.parts()).allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
    }

    @Test
    void repeatedWordsAreFoundEachTime() {
        ApologyAnalysis analysis = EN.analyze("I'm sorry. I'm so sorry.");
        assertThat(analysis.parts()).extracting(Found::text).containsExactly("I'm sorry", "I'm so sorry");
    }

    @Test
    void weightsFavourResponsibilityAndRepair() {
        assertThat(List.of(ApologyPart.values())).extracting(ApologyPart::weight).containsExactly(3, 2, 2, 2, 3, 1);
    }

    @Test
    void scoreIsTheWeightedShareOfPresentPartsAndMissingKeepsEnumOrder() {
        ApologyAnalysis analysis = new ApologyAnalysis("en", List.of(
                new Found<>(ApologyPart.OFFER_REPAIR, 0, 5),
                new Found<>(ApologyPart.EXPRESS_REGRET, 6, 9),
                new Found<>(ApologyPart.EXPRESS_REGRET, 10, 12)), List.of());

        assertThat(analysis.score()).isEqualTo(38); // (3 + 2) / 13
        assertThat(analysis.missing()).containsExactly(ApologyPart.ACKNOWLEDGE_RESPONSIBILITY, ApologyPart.EXPLAIN,
                ApologyPart.DECLARE_REPENTANCE, ApologyPart.REQUEST_FORGIVENESS);
        assertThat(new ApologyAnalysis("en", List.of(new Found<>(ApologyPart.ACKNOWLEDGE_RESPONSIBILITY, 0, 1),
                new Found<>(ApologyPart.EXPRESS_REGRET, 0, 1), new Found<>(ApologyPart.EXPLAIN, 0, 1),
                new Found<>(ApologyPart.OFFER_REPAIR, 0, 1)), List.of()).score()).isEqualTo(77); // 10 / 13
    }

    @Test
    void jsonIsOneEscapedLine() {
        String text = "say \"sorry\" \\ now\nand\tthen \u0001 perdón";
        ApologyAnalysis analysis = new ApologyAnalysis("es",
                List.of(new Found<>(ApologyPart.EXPRESS_REGRET, 0, text.length(), text)),
                List.of(new Found<>(NonApologyPattern.BUT, 2, 4)));

        String json = analysis.toJson();

        assertThat(json).isEqualTo("{\"lang\":\"es\",\"parts\":[{\"part\":\"EXPRESS_REGRET\",\"start\":0,\"end\":" + text.length()
                + ",\"text\":\"say \\\"sorry\\\" \\\\ now\\nand\\tthen \\u0001 perdón\"}],"
                + "\"patterns\":[{\"pattern\":\"BUT\",\"start\":2,\"end\":4}],\"score\":15}");
        assertThat(json).doesNotContain("\n");
        JsonNode parsed = JsonMapper.builder().build().readTree(json);
        assertThat(parsed.get("parts").get(0).get("text").asString()).isEqualTo(text);
    }

    @Test
    void jsonEscapesLineSeparatorsAndLoneSurrogates() {
        StringBuilder out = new StringBuilder();
        app.kintsugi.shared.JsonText.string(out, "a\u2028b\ud800c😀");
        assertThat(out.toString()).isEqualTo("\"a\\u2028b\\ud800c😀\"");
    }

    @Test
    void foundRejectsSpansThatDoNotFit() {
        assertThatThrownBy(() -> new Found<>(ApologyPart.EXPLAIN, 5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Found<>(ApologyPart.EXPLAIN, 0, 2, "abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadsEveryLanguageAndRegionTags() {
        assertThat(ApologyDetector.languages()).containsExactly("en", "es");
        for (String language : ApologyDetector.languages()) {
            assertThat(ApologyDetector.load(language).language()).isEqualTo(language);
        }
        assertThat(ApologyDetector.load("es-MX")).isSameAs(ES);
        assertThat(ApologyDetector.load("EN")).isSameAs(EN);
        assertThatThrownBy(() -> ApologyDetector.load("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fr").hasMessageContaining("en, es");
    }

    @Test
    void aBrokenPatternFileNamesTheFileAndTheKey() {
        String file = "program/apology/patterns_xx.yaml";
        String missingRepair = yaml(ApologyPart.OFFER_REPAIR, null);
        assertThatThrownBy(() -> ApologyDetector.fromYaml("xx", file, missingRepair)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file).hasMessageContaining("'parts.OFFER_REPAIR'");

        String badRegex = yaml(ApologyPart.EXPLAIN, "'(unclosed'");
        assertThatThrownBy(() -> ApologyDetector.fromYaml("xx", file, badRegex))
                .hasMessageContaining(file).hasMessageContaining("'parts.EXPLAIN[0]'").hasMessageContaining("regular expression");

        String emptyList = yaml(ApologyPart.EXPLAIN, "[]").replace("EXPLAIN:\n      - []", "EXPLAIN: []");
        assertThatThrownBy(() -> ApologyDetector.fromYaml("xx", file, emptyList))
                .hasMessageContaining(file).hasMessageContaining("'parts.EXPLAIN'");

        String typo = yaml(null, null).replace("MINIMISING:", "MINIMIZING:");
        assertThatThrownBy(() -> ApologyDetector.fromYaml("xx", file, typo))
                .hasMessageContaining("'patterns': unknown key 'MINIMIZING'")
                .hasMessageContaining("'patterns.MINIMISING' needs");

        assertThatThrownBy(() -> ApologyDetector.fromYaml("xx", file, "- just a list"))
                .hasMessageContaining(file + " line 1: the pattern file must be a mapping");
        assertThatThrownBy(() -> ApologyDetector.fromYaml("xx", file, "parts: [unclosed"))
                .hasMessageContaining(file).hasMessageContaining("not valid YAML");

        assertThat(ApologyDetector.fromYaml("xx", file, yaml(null, null)).analyze("w1 w4").present())
                .containsExactly(ApologyPart.EXPRESS_REGRET, ApologyPart.OFFER_REPAIR);
    }

    @Test
    void longTextsStayFast() {
        String text = "I'm sorry if you feel that I was wrong but, you know, just a kiss and because you said so ".repeat(3000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ApologyAnalysis analysis = EN.analyze(text);
            assertThat(analysis.patterns()).isNotEmpty();
        });
    }

    /** A valid file with one regex per key (w0, w1, …), where {@code replaced} gets {@code value} or is left out. */
    private static String yaml(Enum<?> replaced, String value) {
        StringBuilder yaml = new StringBuilder("parts:\n");
        int i = 0;
        for (ApologyPart part : ApologyPart.values()) {
            i = entry(yaml, part, replaced, value, i);
        }
        yaml.append("patterns:\n");
        for (NonApologyPattern pattern : NonApologyPattern.values()) {
            i = entry(yaml, pattern, replaced, value, i);
        }
        return yaml.toString();
    }

    private static int entry(StringBuilder yaml, Enum<?> kind, Enum<?> replaced, String value, int i) {
        if (kind == replaced && value == null) {
            return i + 1;
        }
        yaml.append("  ").append(kind.name()).append(":\n      - ")
                .append(kind == replaced ? value : "'\\bw" + i + "\\b'").append('\n');
        return i + 1;
    }

    private static void assertSpan(String text, Found<?> found, String words) {
        assertThat(text.substring(found.start(), found.end())).isEqualTo(words);
        assertThat(found.text()).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "es"})
    void screeningWhereAMatchCanStartChangesNoResult(String language) throws java.io.IOException {
        ApologyDetector screened = detector(language);
        ApologyDetector everywhere = screened.unscreened();
        List<String> texts = new java.util.ArrayList<>();
        ApologyDetectorEvaluationTest.read(language).forEach(e -> texts.add(e.text()));
        // Drafts pieced together from words, punctuation, accents, emoji and other scripts.
        String[] pieces = {"I'm", "I’m", "sorry", "Sorry", "lo", "siento", "perdón", "PERDON", "if", "si", "you", "te",
                "but", "pero", "felt", "sentiste", "hurt", "I", "lied", "mentí", "will", "never", "again", "nunca", "más",
                "it", "was", "only", "just", "solo", "made", "me", "culpa", "fault", "forgive", "perdóname", "because",
                "porque", "¿", "¡", "?", "!", ".", ",", ";", "…", "🙄", "\u200D", "ж", "中文", "ǅ", "\u212A", "ſ",
                "\u00A0", "\n", " ", " ", " "};
        texts.addAll(app.kintsugi.shared.PiecedDrafts.of(pieces, 20_261_205L, 300));

        for (String text : texts) {
            assertThat(screened.analyze(text)).as(text).isEqualTo(everywhere.analyze(text));
        }
    }

    private static ApologyDetector detector(String language) {
        return "en".equals(language) ? EN : ES;
    }
}
