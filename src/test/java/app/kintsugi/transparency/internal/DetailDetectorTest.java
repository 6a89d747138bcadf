package app.kintsugi.transparency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.kintsugi.transparency.DetailAnalysis;
import app.kintsugi.transparency.DetailAnalysis.Found;
import app.kintsugi.transparency.DetailCategory;

class DetailDetectorTest {

    private static final DetailDetector EN = DetailDetector.forLanguage("en");
    private static final DetailDetector ES = DetailDetector.forLanguage("es");

    // ---- What is found, and the words pointed at -------------------------------------------

    @ParameterizedTest(name = "{0}: {1} → {2} \"{3}\"")
    @CsvFileSource(resources = "/detector-cases/detail/passagesAndTheirWords.csv", delimiter = '|')
    void findsEachCategoryAndPointsAtItsWords(String language, String text, DetailCategory category, String words) {
        DetailAnalysis analysis = detector(language).analyze(text);

        assertThat(analysis.calm()).isFalse();
        assertThat(analysis.categories()).contains(category);
        assertThat(analysis.found()).filteredOn(f -> f.category() == category)
                .anySatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(words));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/detector-cases/detail/questionsAboutMeaningTruthAndSafety.csv", delimiter = '|')
    void questionsAboutMeaningTruthAndSafetyStayCalm(String language, String text) {
        DetailAnalysis analysis = detector(language).analyze(text);

        assertThat(analysis.calm()).as(text).isTrue();
        assertThat(analysis.found()).isEmpty();
        assertThat(analysis.categories()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/detector-cases/detail/healthAndSafetyQuestions.csv", delimiter = '|')
    void healthAndSafetyQuestionsAreANeedAndNeverFlagged(String language, String text) {
        assertThat(detector(language).analyze(text).categories()).as(text).doesNotContain(DetailCategory.SEXUAL);
    }

    @Test
    void aHealthQuestionDoesNotHideAGraphicOneInTheSameText() {
        String text = "Did you use protection? And which positions did you try?";
        DetailAnalysis analysis = EN.analyze(text);

        assertThat(analysis.found()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(DetailCategory.SEXUAL);
            assertThat(text.substring(f.start(), f.end())).isEqualTo("which positions");
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/detector-cases/detail/lookalikesThatStayCalm.csv", delimiter = '|')
    void lookalikesStayCalm(String language, String text) {
        assertThat(detector(language).analyze(text).found()).as(text).isEmpty();
    }

    @Test
    void oneQuestionCanCarrySeveralCategories() {
        assertThat(EN.analyze("Was she better in bed than me?").categories())
                .containsExactly(DetailCategory.SEXUAL, DetailCategory.COMPARISON);
        assertThat(ES.analyze("¿Era mejor en la cama que yo?").categories())
                .containsExactly(DetailCategory.SEXUAL, DetailCategory.COMPARISON);
        assertThat(EN.analyze("Tell me what you did to her in bed, in detail.").categories())
                .containsExactly(DetailCategory.SEXUAL, DetailCategory.REPLAY);
    }

    // ---- Offsets and folding -------------------------------------------------------------

    @Test
    void offsetsAreThoseOfTheOriginalTextAndFoundIsOrderedByPosition() {
        String text = "I have two questions. Describe the hotel room. And is she prettier than me?";
        DetailAnalysis analysis = EN.analyze(text);

        assertThat(analysis.found()).extracting(Found::category, Found::start, Found::end).containsExactly(
                tuple(DetailCategory.REPLAY, 22, 45),
                tuple(DetailCategory.COMPARISON, 58, 74));
        assertThat(text.substring(22, 45)).isEqualTo("Describe the hotel room");
        assertThat(text.substring(58, 74)).isEqualTo("prettier than me");
    }

    @Test
    void overlappingMatchesOfOneCategoryAreOnePassage() {
        String text = "Tell me all the details, every detail.";
        DetailAnalysis analysis = EN.analyze(text);

        // "Tell me all the details" and "all the details" overlap; "every detail" stands apart.
        assertThat(analysis.found()).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("Tell me all the details", "every detail");
    }

    @Test
    void accentsAndCurlyApostrophesReadAlikeAndKeepTheirOffsets() {
        String curly = "What does she have that I don’t?";
        String straight = curly.replace('’', '\'');
        assertThat(EN.analyze(curly).found()).isEqualTo(EN.analyze(straight).found()).hasSize(1);
        assertThat(EN.analyze(curly).found().getFirst().end()).isEqualTo(curly.length() - 1);

        String accented = "¿Cuántas veces te acostaste con él? ¿Es más guapa que yo?";
        String plain = "¿Cuantas veces te acostaste con el? ¿Es mas guapa que yo?";
        assertThat(ES.analyze(accented).found()).isEqualTo(ES.analyze(plain).found());
        assertThat(ES.analyze(accented).found()).extracting(f -> accented.substring(f.start(), f.end()))
                .containsExactly("Cuántas veces te acostaste", "más guapa que yo");

        String shouted = "¿DESCRÍBEME EXACTAMENTE LO QUE PASÓ?";
        assertThat(ES.analyze(shouted).found()).singleElement()
                .satisfies(f -> assertThat(shouted.substring(f.start(), f.end())).isEqualTo("DESCRÍBEME EXACTAMENTE"));
    }

    @Test
    void lettersOutsideLatinAndEmojiDoNotShiftOffsets() {
        String text = "😢 Ты знаешь. Was she prettier than me?";
        DetailAnalysis analysis = EN.analyze(text);

        assertThat(analysis.found()).singleElement()
                .satisfies(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo("prettier than me"));
    }

    @Test
    void emptyBlankAndNullTextsAreCalm() {
        for (DetailDetector detector : List.of(EN, ES)) {
            assertThat(detector.analyze("").calm()).isTrue();
            assertThat(detector.analyze("  \n ").calm()).isTrue();
            assertThat(detector.analyze(null).calm()).isTrue();
        }
    }

    // ---- Languages and loading -----------------------------------------------------------

    @Test
    void loadsEachLanguageOnceAndFallsBackToEnglish() {
        assertThat(DetailDetector.languages()).containsExactly("en", "es");
        assertThat(EN.language()).isEqualTo("en");
        assertThat(ES.language()).isEqualTo("es");
        assertThat(DetailDetector.forLanguage("en")).isSameAs(EN);
        assertThat(DetailDetector.forLanguage("es-MX")).isSameAs(ES);
        assertThat(DetailDetector.forLanguage(" ES_ar ")).isSameAs(ES);
        assertThat(DetailDetector.forLanguage("fr")).isSameAs(EN);
        assertThat(DetailDetector.forLanguage("")).isSameAs(EN);
        assertThat(DetailDetector.forLanguage(null)).isSameAs(EN);
    }

    @Test
    void aBrokenPatternFileNamesTheFileTheKeyAndThePatternForEveryProblem() {
        String file = "detail-broken/detail_xx.yaml";

        assertThatThrownBy(() -> DetailDetector.fromResource("xx", file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file + " line 17: unknown key 'mood' (expected patterns, except)")
                .hasMessageContaining(file + " line 5: 'patterns.SEXUAL[1]' ('(unclosed') is not a valid regular expression")
                .hasMessageContaining(file + " line 6: 'patterns.COMPARISON' needs a list with at least one pattern")
                .hasMessageContaining(file + " line 8: 'patterns.REPLAY[0]' ('\\bdescribe\\b.*\\bexactly\\b') has an unbounded gap")
                .hasMessageContaining(file + " line 9: 'patterns.REPLAY[1]' ('x?') matches an empty text")
                .hasMessageContaining(file + " line 10: 'patterns': unknown key 'REPLAYS' (expected SEXUAL, COMPARISON, REPLAY)")
                .hasMessageContaining(file + " line 14: 'except.SEXUAL[0]' must be a non-empty string")
                .hasMessageContaining(file + " line 15: 'except': unknown key 'COMPARISONS'");
    }

    @Test
    void aFileThatIsNotYamlOrNotThereSaysSo() {
        assertThatThrownBy(() -> DetailDetector.fromResource("yy", "detail-broken/detail_yy.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("detail-broken/detail_yy.yaml line ").hasMessageContaining(": not valid YAML");
        assertThatThrownBy(() -> DetailDetector.fromResource("zz", "detail-broken/detail_zz.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("detail-broken/detail_zz.yaml: not found on the classpath");
        assertThatThrownBy(() -> DetailDetector.fromYaml("xx", "list.yaml", "- just a list"))
                .hasMessageContaining("list.yaml line 1: the pattern file must be a mapping");
    }

    @Test
    void everyKindOfUnboundedGapIsRefused() {
        for (String gap : List.of("a.*b", "a.+?b", "a[^.?!]*b", "a[^\\]]+b", "a.{1,}b", "a\\w{2,}b")) {
            String yaml = minimal().replace("'\\bw2\\b'", "'" + gap + "'");
            assertThatThrownBy(() -> DetailDetector.fromYaml("xx", "gap.yaml", yaml)).as(gap)
                    .hasMessageContaining("'patterns.REPLAY[0]'").hasMessageContaining("unbounded gap");
        }
        // An escaped full stop and bounded gaps are fine.
        String bounded = minimal().replace("'\\bw2\\b'", "'\\bw2\\.+ [^.?!]{0,40}x\\w+'");
        assertThat(DetailDetector.fromYaml("xx", "bounded.yaml", bounded).analyze("w2.. ab x1").categories())
                .containsExactly(DetailCategory.REPLAY);
    }

    @Test
    void aMinimalFileWorksWithItsExceptAndItsHitGroup() {
        DetailDetector detector = DetailDetector.fromYaml("xx", "minimal.yaml", minimal());

        assertThat(detector.language()).isEqualTo("xx");
        assertThat(detector.analyze("w0 w1 w2").categories()).containsExactly(DetailCategory.values());
        assertThat(detector.analyze("w0 fine").calm()).isTrue(); // except
        String text = "say w1 now";
        assertThat(detector.analyze(text).found()).singleElement() // only the hit group is pointed at
                .satisfies(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo("w1"));
    }

    // ---- Results, long texts, threads ------------------------------------------------------

    @Test
    void analysisIsImmutableSortedAndFoundRejectsEmptySpans() {
        DetailAnalysis analysis = new DetailAnalysis(List.of(new Found(DetailCategory.REPLAY, 9, 12),
                new Found(DetailCategory.COMPARISON, 0, 4), new Found(DetailCategory.SEXUAL, 0, 4)));

        assertThat(analysis.found()).extracting(Found::category).containsExactly(DetailCategory.SEXUAL,
                DetailCategory.COMPARISON, DetailCategory.REPLAY);
        assertThat(analysis.calm()).isFalse();
        assertThatThrownBy(() -> analysis.found().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> analysis.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Found(DetailCategory.SEXUAL, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Found(DetailCategory.SEXUAL, -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Found(null, 0, 3)).isInstanceOf(NullPointerException.class);
    }

    /**
     * A correctness check on a long text, not a timing test: every repeated passage is found, with
     * offsets inside the text, and a second run gives the same result. (On the build machine a
     * 20,000-character text takes a few milliseconds.)
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void aTwentyThousandCharacterTextIsReadCompletely(String language) {
        String chunk = "en".equals(language)
                ? "Why did you do it? Was she prettier than me? Tell me every detail. How many times did you "
                        + "sleep with her? Is it over, and who else knows about the hotel and the messages "
                : "¿Por qué lo hiciste? ¿Es más guapa que yo? Cuéntame todos los detalles. ¿Cuántas veces te "
                        + "acostaste con ella? ¿Se ha terminado, y quién más sabe lo del hotel y los mensajes ";
        int chunks = 20_000 / chunk.length();
        String text = chunk.repeat(chunks) + "x".repeat(20_000 - chunks * chunk.length());
        String noPunctuation = "what did you do with her and how and then what and more than ".repeat(400);
        DetailDetector detector = detector(language);

        DetailAnalysis analysis = detector.analyze(text);

        assertThat(text).hasSize(20_000);
        assertThat(analysis.found()).hasSize(3 * chunks);
        for (DetailCategory category : DetailCategory.values()) {
            assertThat(analysis.found()).filteredOn(f -> f.category() == category).hasSize(chunks);
        }
        assertThat(analysis.found()).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length()));
        assertThat(detector.analyze(text)).isEqualTo(analysis);
        assertThat(detector.analyze(noPunctuation).found()).allSatisfy(
                f -> assertThat(f.end()).isLessThanOrEqualTo(noPunctuation.length()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void tryingPatternsOnlyWhereAMatchCanStartChangesNoResult(String language) throws Exception {
        DetailDetector screened = detector(language);
        DetailDetector everywhere = screened.unscreened();
        List<String> texts = new ArrayList<>();
        DetailDetectorEvaluationTest.read(language + ".jsonl").forEach(e -> texts.add(e.text()));
        List<String> cases = caseTexts("passagesAndTheirWords", language);
        assertThat(cases).hasSizeGreaterThan(10);
        texts.addAll(cases);
        texts.add("😢 Ты знаешь. Was she prettier than me? ¿Es más guapa que yo? 中文 «sí» … Ⅻ ſ K İ ı\u00A0\u2028x");
        texts.add("¿¿Cuántas veces?? ¡¡Describe exactamente!! «Tell me every detail» “what was she wearing”");
        // Long s, Kelvin sign and dotless i match s, k and I when case is ignored.
        texts.add("\u017Fo, what did you do in bed? \u0131 don't want the detail\u017F. "
                + "Did you \u212Aiss her like you \u212Aiss me?");
        texts.add("\u017Fu cuerpo. \u0131n bed. \u017Fexo oral. Ki\u017F\u017F. ¿Es \u017Fu cuerpo mejor que el mío?");
        texts.add(String.join(" ", texts).toUpperCase(Locale.ROOT));

        for (String text : texts) {
            assertThat(screened.analyze(text)).as(text).isEqualTo(everywhere.analyze(text));
        }
    }

    @Test
    void oneDetectorCanBeSharedBetweenThreads() {
        List<String> texts = List.of("Was she prettier than me?", "Describe exactly what happened.",
                "How many times did you sleep with her?", "Why did you do it?");
        List<DetailAnalysis> expected = texts.stream().map(EN::analyze).toList();

        List<List<DetailAnalysis>> parallel = IntStream.range(0, 200).parallel()
                .mapToObj(i -> texts.stream().map(EN::analyze).toList()).toList();

        assertThat(parallel).allSatisfy(results -> assertThat(results).isEqualTo(expected));
    }

    /** A valid file with one regex per category (w0, w1 with a hit group, w2) and an except for SEXUAL. */
    private static String minimal() {
        return """
                patterns:
                  SEXUAL:
                    - '\\bw0\\b'
                  COMPARISON:
                    - '\\b(?:say )?(?<hit>w1)\\b'
                  REPLAY:
                    - '\\bw2\\b'
                except:
                  SEXUAL:
                    - '\\bw0 fine\\b'
                """;
    }

    private static DetailDetector detector(String language) {
        return "en".equals(language) ? EN : ES;
    }

    /** The texts of one language in a case table under {@code detector-cases/detail}. */
    private static List<String> caseTexts(String table, String language) throws java.io.IOException {
        try (var in = DetailDetectorTest.class.getResourceAsStream("/detector-cases/detail/" + table + ".csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|"))
                    .filter(cells -> cells[0].equals('"' + language + '"'))
                    .map(cells -> cells[1].substring(1, cells[1].length() - 1))
                    .toList();
        }
    }
}
