package app.kintsugi.transparency.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.kintsugi.transparency.DetailAnalysis;
import app.kintsugi.transparency.DetailAnalysis.Found;
import app.kintsugi.transparency.DetailCategory;

class DetailDetectorTest {

    private static final DetailDetector EN = DetailDetector.forLanguage("en");
    private static final DetailDetector ES = DetailDetector.forLanguage("es");

    // ---- What is found, and the words pointed at -------------------------------------------

    static Stream<Arguments> passagesAndTheirWords() {
        return Stream.of(
                Arguments.of("en", "What did you do in bed with her?", DetailCategory.SEXUAL, "What did you do in bed"),
                // scenes to re-live in one's own home, and "what exactly did you do with her"
                Arguments.of("en", "Did you sleep with her in our bed? What exactly did you do with her?", DetailCategory.REPLAY,
                        "What exactly did you do with her"),
                Arguments.of("en", "Did you sleep with her in our bed?", DetailCategory.REPLAY, "you sleep with her in our bed"),
                Arguments.of("es", "¿Te acostaste con ella en nuestra cama?", DetailCategory.REPLAY, "Te acostaste con ella en nuestra cama"),
                Arguments.of("es", "¿Qué hiciste exactamente con ella?", DetailCategory.REPLAY, "Qué hiciste exactamente con ella"),
                Arguments.of("es", "¿Fue mejor con ella?", DetailCategory.COMPARISON, "Fue mejor con ella"),
                Arguments.of("en", "How many times did you sleep with her?", DetailCategory.SEXUAL,
                        "How many times did you sleep"),
                Arguments.of("en", "Be honest. Was it good?", DetailCategory.SEXUAL, "Was it good"),
                Arguments.of("en", "Which positions did you try?", DetailCategory.SEXUAL, "Which positions"),
                Arguments.of("en", "Was she prettier than me?", DetailCategory.COMPARISON, "prettier than me"),
                Arguments.of("en", "Is he better than me?", DetailCategory.COMPARISON, "better than me"),
                Arguments.of("en", "What does she have that I don't?", DetailCategory.COMPARISON,
                        "What does she have that I don't"),
                Arguments.of("en", "Do you love her more than me?", DetailCategory.COMPARISON, "love her more than me"),
                Arguments.of("en", "Describe exactly what happened.", DetailCategory.REPLAY, "Describe exactly"),
                Arguments.of("en", "Tell me every detail.", DetailCategory.REPLAY, "Tell me every detail"),
                Arguments.of("en", "Go through it step by step.", DetailCategory.REPLAY, "Go through it step by step"),
                Arguments.of("en", "What was she wearing?", DetailCategory.REPLAY, "What was she wearing"),
                Arguments.of("en", "What did you say to her, word for word?", DetailCategory.REPLAY, "word for word"),
                Arguments.of("es", "¿Qué hicisteis en la cama?", DetailCategory.SEXUAL, "Qué hicisteis en la cama"),
                Arguments.of("es", "¿Cuántas veces te acostaste con ella?", DetailCategory.SEXUAL,
                        "Cuántas veces te acostaste"),
                Arguments.of("es", "Dime la verdad. ¿Estuvo bien?", DetailCategory.SEXUAL, "Estuvo bien"),
                Arguments.of("es", "¿En qué posturas?", DetailCategory.SEXUAL, "qué posturas"),
                Arguments.of("es", "¿Es más guapa que yo?", DetailCategory.COMPARISON, "más guapa que yo"),
                Arguments.of("es", "¿Es mejor que yo?", DetailCategory.COMPARISON, "mejor que yo"),
                Arguments.of("es", "¿Qué tiene ella que no tenga yo?", DetailCategory.COMPARISON,
                        "Qué tiene ella que no tenga"),
                Arguments.of("es", "¿La quieres más que a mí?", DetailCategory.COMPARISON, "La quieres más que a mí"),
                Arguments.of("es", "Descríbeme exactamente lo que pasó.", DetailCategory.REPLAY, "Descríbeme exactamente"),
                Arguments.of("es", "Cuéntame todos los detalles.", DetailCategory.REPLAY, "todos los detalles"),
                Arguments.of("es", "Cuéntamelo paso a paso.", DetailCategory.REPLAY, "Cuéntamelo paso a paso"),
                Arguments.of("es", "¿Qué llevaba puesto?", DetailCategory.REPLAY, "Qué llevaba puesto"),
                Arguments.of("es", "¿Qué le dijiste? Palabra por palabra.", DetailCategory.REPLAY, "Palabra por palabra"));
    }

    @ParameterizedTest(name = "{0}: {1} → {2} \"{3}\"")
    @MethodSource("passagesAndTheirWords")
    void findsEachCategoryAndPointsAtItsWords(String language, String text, DetailCategory category, String words) {
        DetailAnalysis analysis = detector(language).analyze(text);

        assertThat(analysis.calm()).isFalse();
        assertThat(analysis.categories()).contains(category);
        assertThat(analysis.found()).filteredOn(f -> f.category() == category)
                .anySatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(words));
    }

    static Stream<Arguments> questionsAboutMeaningTruthAndSafety() {
        return Stream.of(
                Arguments.of("en", "Why did you do it?"),
                Arguments.of("en", "Is it over?"),
                Arguments.of("en", "Who else knows?"),
                Arguments.of("en", "Are you still in contact?"),
                Arguments.of("en", "Did you love her?"),
                Arguments.of("en", "How long did it go on?"),
                Arguments.of("en", "Do I need to get tested?"),
                Arguments.of("en", "When did it start?"),
                Arguments.of("en", "Have you told me everything?"),
                Arguments.of("en", "Did you sleep with him?"),
                Arguments.of("es", "¿Por qué lo hiciste?"),
                Arguments.of("es", "¿Se ha terminado?"),
                Arguments.of("es", "¿Quién más lo sabe?"),
                Arguments.of("es", "¿Seguís en contacto?"),
                Arguments.of("es", "¿La querías?"),
                Arguments.of("es", "¿Cuánto tiempo duró?"),
                Arguments.of("es", "¿Tengo que hacerme pruebas?"),
                Arguments.of("es", "¿Cuándo empezó?"),
                Arguments.of("es", "¿Me lo has contado todo?"),
                Arguments.of("es", "¿Te acostaste con él?"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("questionsAboutMeaningTruthAndSafety")
    void questionsAboutMeaningTruthAndSafetyStayCalm(String language, String text) {
        DetailAnalysis analysis = detector(language).analyze(text);

        assertThat(analysis.calm()).as(text).isTrue();
        assertThat(analysis.found()).isEmpty();
        assertThat(analysis.categories()).isEmpty();
    }

    static Stream<Arguments> healthAndSafetyQuestions() {
        return Stream.of(
                Arguments.of("en", "Did you use protection?"),
                Arguments.of("en", "Did you use a condom every time?"),
                Arguments.of("en", "How many times did you have unprotected sex with her?"),
                Arguments.of("en", "How often did you sleep with him without a condom? I need to know which tests to ask."),
                Arguments.of("en", "Could she be pregnant? How many times did you have sex?"),
                Arguments.of("es", "¿Usaste protección?"),
                Arguments.of("es", "¿Usasteis preservativo siempre?"),
                Arguments.of("es", "¿Cuántas veces lo hicisteis sin condón?"),
                Arguments.of("es", "¿Tuvisteis sexo oral sin protección?"),
                Arguments.of("es", "¿Tengo que hacerme pruebas de ETS?"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("healthAndSafetyQuestions")
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

    static Stream<Arguments> lookalikesThatStayCalm() {
        return Stream.of(
                // Saying what one does not want, planning ahead, asking why in detail, feelings.
                Arguments.of("en", "I don't want the details. I just need to know if it's over."),
                Arguments.of("en", "Can we go through the plan for rebuilding trust step by step?"),
                Arguments.of("en", "Can you explain in detail why you kept lying?"),
                Arguments.of("en", "Can you describe how you felt when you came home to me?"),
                Arguments.of("en", "How did you end up in bed with her in the first place?"),
                Arguments.of("en", "Do other people know more than I do?"),
                Arguments.of("en", "I felt naked and stupid when I read the messages."),
                Arguments.of("en", "Is it better for the kids if we tell them together?"),
                Arguments.of("en", "Is he feeling better?"),
                Arguments.of("es", "No quiero detalles, solo saber si se acabó."),
                Arguments.of("es", "¿Podemos reconstruir la confianza paso a paso?"),
                Arguments.of("es", "¿Puedes explicarme con detalle por qué seguiste mintiendo?"),
                Arguments.of("es", "¿Cómo acabaste en la cama con ella?"),
                Arguments.of("es", "¿Hay más cosas que yo no sepa?"),
                Arguments.of("es", "Me sentí desnuda al leer los mensajes."),
                Arguments.of("es", "¿Podemos acercar posturas sobre el dinero?"),
                Arguments.of("es", "¿Es mejor para los niños si se lo contamos juntos?"),
                Arguments.of("es", "¿Por qué en el trabajo no me dijiste nada?"),
                Arguments.of("es", "¿Cuál es mejor?"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("lookalikesThatStayCalm")
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
        passagesAndTheirWords().map(Arguments::get).filter(a -> a[0].equals(language))
                .forEach(a -> texts.add((String) a[1]));
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
}
