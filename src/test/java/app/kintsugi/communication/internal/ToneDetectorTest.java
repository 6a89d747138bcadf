package app.kintsugi.communication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.kintsugi.communication.ToneAnalysis.Found;
import app.kintsugi.communication.ToneAnalysis;
import app.kintsugi.communication.ToneCategory;
import app.kintsugi.shared.Folding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ToneDetectorTest {

    private static final ToneDetector EN = ToneDetector.load("en");
    private static final ToneDetector ES = ToneDetector.load("es");

    static Stream<Arguments> flagsAndTheirWords() {
        return Stream.of(
                // criticism: character, "what kind of person", "something wrong with you", always/never
                Arguments.of("en", "You are so selfish.", ToneCategory.CRITICISM, "You are so selfish"),
                Arguments.of("en", "What kind of person does that?", ToneCategory.CRITICISM, "What kind of person"),
                Arguments.of("en", "There's something wrong with you.", ToneCategory.CRITICISM, "something wrong with you"),
                Arguments.of("en", "You never listen to me.", ToneCategory.CRITICISM, "You never listen"),
                Arguments.of("en", "You're always on your phone.", ToneCategory.CRITICISM, "You're always on"),
                Arguments.of("es", "Eres un egoísta.", ToneCategory.CRITICISM, "Eres un egoísta"),
                Arguments.of("es", "¿Qué clase de persona hace eso?", ToneCategory.CRITICISM, "Qué clase de persona"),
                Arguments.of("es", "Nunca me escuchas.", ToneCategory.CRITICISM, "Nunca me escuchas"),
                Arguments.of("es", "Siempre estás con el móvil.", ToneCategory.CRITICISM, "Siempre estás"),
                // contempt: insults, sarcasm, disgust, eye-rolling, scare quotes
                Arguments.of("en", "You idiot.", ToneCategory.CONTEMPT, "You idiot"),
                Arguments.of("en", "Oh great, another work dinner.", ToneCategory.CONTEMPT, "Oh great, another work"),
                Arguments.of("en", "Yeah right.", ToneCategory.CONTEMPT, "Yeah right"),
                Arguments.of("en", "Whatever.", ToneCategory.CONTEMPT, "Whatever"),
                Arguments.of("en", "Fine. Whatever.", ToneCategory.CONTEMPT, "Whatever"),
                Arguments.of("en", "Cute. Really cute.", ToneCategory.CONTEMPT, "Really cute"),
                Arguments.of("en", "You make me sick.", ToneCategory.CONTEMPT, "You make me sick"),
                Arguments.of("en", "Are you kidding me?", ToneCategory.CONTEMPT, "Are you kidding me"),
                Arguments.of("en", "Give me a break 🙄", ToneCategory.CONTEMPT, "🙄"),
                Arguments.of("en", "Your 'friend' called.", ToneCategory.CONTEMPT, "'friend'"),
                Arguments.of("es", "Eres un idiota.", ToneCategory.CONTEMPT, "Eres un idiota"),
                Arguments.of("es", "Sí, claro.", ToneCategory.CONTEMPT, "Sí, claro"),
                Arguments.of("es", "Me das asco.", ToneCategory.CONTEMPT, "Me das asco"),
                Arguments.of("es", "¿Estás de broma?", ToneCategory.CONTEMPT, "Estás de broma"),
                // defensiveness: counter-blame, not my fault, yes-but, what about you, denial, victim
                Arguments.of("en", "You made me do it.", ToneCategory.DEFENSIVENESS, "You made me"),
                Arguments.of("en", "If you hadn't ignored me, none of this would have happened.", ToneCategory.DEFENSIVENESS,
                        "If you hadn't"),
                Arguments.of("en", "It's not my fault.", ToneCategory.DEFENSIVENESS, "not my fault"),
                Arguments.of("en", "Yes, but you were never home.", ToneCategory.DEFENSIVENESS, "Yes, but"),
                Arguments.of("en", "What about you?", ToneCategory.DEFENSIVENESS, "What about you"),
                Arguments.of("en", "I didn't do anything wrong.", ToneCategory.DEFENSIVENESS, "I didn't do anything wrong"),
                Arguments.of("en", "That's not true.", ToneCategory.DEFENSIVENESS, "That's not true"),
                Arguments.of("en", "Why are you always attacking me?", ToneCategory.DEFENSIVENESS,
                        "Why are you always attacking me"),
                Arguments.of("es", "Tú me obligaste.", ToneCategory.DEFENSIVENESS, "me obligaste"),
                Arguments.of("es", "Si no me hubieras ignorado, nada de esto habría pasado.", ToneCategory.DEFENSIVENESS,
                        "Si no me hubieras"),
                Arguments.of("es", "No es mi culpa.", ToneCategory.DEFENSIVENESS, "No es mi culpa"),
                Arguments.of("es", "Sí, pero tú nunca estabas en casa.", ToneCategory.DEFENSIVENESS, "Sí, pero"),
                Arguments.of("es", "¿Y tú qué?", ToneCategory.DEFENSIVENESS, "Y tú qué"),
                Arguments.of("es", "Yo no hice nada malo.", ToneCategory.DEFENSIVENESS, "Yo no hice nada malo"),
                Arguments.of("es", "¿Por qué siempre me atacas?", ToneCategory.DEFENSIVENESS, "Por qué siempre me atacas"),
                // absolutes: the absolute word only, about the partner or sweeping over the situation
                Arguments.of("en", "You never listen to me.", ToneCategory.ABSOLUTES, "never"),
                Arguments.of("en", "Every time I bring it up, you walk away.", ToneCategory.ABSOLUTES, "Every time"),
                Arguments.of("en", "Nothing ever changes.", ToneCategory.ABSOLUTES, "Nothing"),
                Arguments.of("en", "We never talk anymore.", ToneCategory.ABSOLUTES, "never"),
                Arguments.of("en", "Everyone knew except me.", ToneCategory.ABSOLUTES, "Everyone"),
                Arguments.of("en", "You ruined everything.", ToneCategory.ABSOLUTES, "everything"),
                Arguments.of("es", "Nunca me escuchas.", ToneCategory.ABSOLUTES, "Nunca"),
                Arguments.of("es", "Nada cambia.", ToneCategory.ABSOLUTES, "Nada"),
                Arguments.of("es", "Ya nunca hablamos.", ToneCategory.ABSOLUTES, "nunca"),
                Arguments.of("es", "Todo el mundo lo sabía menos yo.", ToneCategory.ABSOLUTES, "Todo el mundo"),
                Arguments.of("es", "Lo arruinaste todo.", ToneCategory.ABSOLUTES, "todo"),
                Arguments.of("es", "Me haces sentir loca todo el tiempo.", ToneCategory.ABSOLUTES, "todo el tiempo"));
    }

    @ParameterizedTest(name = "{0}: {1} → {2} \"{3}\"")
    @MethodSource("flagsAndTheirWords")
    void flagsEachRuleGroupAndPointsAtItsWords(String language, String text, ToneCategory category, String words) {
        ToneAnalysis analysis = detector(language).analyze(text);

        assertThat(analysis.categories()).contains(category);
        assertThat(analysis.isCalm()).isFalse();
        assertThat(analysis.flags()).filteredOn(f -> f.category() == category)
                .anySatisfy(f -> assertSpan(text, f, words));
    }

    static Stream<Arguments> calmTexts() {
        return Stream.of(
                Arguments.of("en", "I feel lonely when we don't talk in the evening. I need ten minutes together."),
                Arguments.of("en", "I will always tell you where I am."),
                Arguments.of("en", "I'll never lie to you again, I promise."),
                Arguments.of("en", "I've never felt so heard. Thank you for everything."),
                Arguments.of("en", "You always make me laugh, even on the bad days."),
                Arguments.of("en", "You never have to wonder where I am again."),
                Arguments.of("en", "Whatever you decide about Christmas is fine with me."),
                Arguments.of("en", "Everyone is coming at seven, can you pick up the cake?"),
                Arguments.of("en", "Never mind, I found the keys."),
                Arguments.of("en", "You didn't text when you were late tonight and I panicked. Next time, a quick message?"),
                Arguments.of("es", "Me siento sola cuando no hablamos por la noche. Necesito diez minutos juntos."),
                Arguments.of("es", "Siempre te voy a decir dónde estoy."),
                Arguments.of("es", "Nunca más te voy a mentir, te lo prometo."),
                Arguments.of("es", "Jamás volveré a esconderte el teléfono."),
                Arguments.of("es", "Nunca me había sentido tan escuchada. Gracias por todo."),
                Arguments.of("es", "Siempre me haces reír, incluso en los días malos."),
                Arguments.of("es", "Nunca vas a tener que preguntarte dónde estoy."),
                Arguments.of("es", "El sábado vienen todos a casa a las siete."),
                Arguments.of("es", "No me escribiste cuando ibas a llegar tarde y me entró el pánico."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("calmTexts")
    void leavesCalmTextsUnflagged(String language, String text) {
        ToneAnalysis analysis = detector(language).analyze(text);

        assertThat(analysis.flags()).isEmpty();
        assertThat(analysis.isCalm()).isTrue();
        assertThat(analysis.categories()).isEmpty();
        assertThat(analysis.rewrite()).isEmpty();
    }

    @Test
    void categoriesAreIndependentAndFlagsAreOrderedByPosition() {
        String text = "Yes, but you never help. You idiot.";
        ToneAnalysis analysis = EN.analyze(text);

        assertThat(analysis.categories()).containsExactly(ToneCategory.CRITICISM, ToneCategory.CONTEMPT,
                ToneCategory.DEFENSIVENESS, ToneCategory.ABSOLUTES);
        assertThat(analysis.flags()).extracting(Found::start).isSorted();
        assertThat(analysis.flags()).allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.words()));
    }

    @Test
    void repeatedWordsAreFlaggedEachTime() {
        ToneAnalysis analysis = EN.analyze("You never call. You never write.");
        assertThat(analysis.flags()).filteredOn(f -> f.category() == ToneCategory.ABSOLUTES)
                .extracting(Found::start).containsExactly(4, 20);
    }

    @Test
    void aFlagNeverStartsWithThePreviousSentencesFullStop() {
        String text = "You are so selfish. Whatever.";
        assertThat(EN.analyze(text).flags()).filteredOn(f -> f.category() == ToneCategory.CONTEMPT)
                .singleElement().satisfies(f -> assertSpan(text, f, "Whatever"));
        assertThat(EN.analyze(text).flags()).filteredOn(f -> f.category() == ToneCategory.CRITICISM)
                .singleElement().satisfies(f -> assertSpan(text, f, "You are so selfish"));
    }

    @Test
    void curlyAndStraightApostrophesReadAlike() {
        String curly = "You’re never home. It’s not my fault, you’re overreacting.";
        String straight = curly.replace('’', '\'');

        ToneAnalysis a = EN.analyze(curly);
        ToneAnalysis b = EN.analyze(straight);

        assertThat(a.categories()).isEqualTo(b.categories())
                .containsExactlyInAnyOrder(ToneCategory.CRITICISM, ToneCategory.DEFENSIVENESS, ToneCategory.ABSOLUTES);
        assertThat(a.flags()).extracting(Found::category, Found::start, Found::end)
                .isEqualTo(b.flags().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.category(), f.start(), f.end()))
                        .toList());
        assertThat(a.flags()).filteredOn(f -> f.category() == ToneCategory.CRITICISM)
                .singleElement().satisfies(f -> assertSpan(curly, f, "You’re never home"));
    }

    @Test
    void spanishWithoutAccentsReadsLikeSpanishWithThem() {
        String accented = "¿Por qué jamás me preguntas cómo estoy? Eres un egoísta. Sí, claro.";
        String plain = "Por que jamas me preguntas como estoy? Eres un egoista. Si, claro.";

        ToneAnalysis a = ES.analyze(accented);
        ToneAnalysis b = ES.analyze(plain);

        assertThat(a.categories()).isEqualTo(b.categories()).containsExactlyInAnyOrder(ToneCategory.CRITICISM,
                ToneCategory.CONTEMPT, ToneCategory.ABSOLUTES);
        assertThat(a.flags()).filteredOn(f -> f.category() == ToneCategory.ABSOLUTES)
                .singleElement().satisfies(f -> assertSpan(accented, f, "jamás"));
        assertThat(b.flags()).filteredOn(f -> f.category() == ToneCategory.ABSOLUTES)
                .singleElement().satisfies(f -> assertSpan(plain, f, "jamas"));
    }

    @Test
    void absolutesAboutOneselfAreNotFlaggedButAbsolutesAboutThePartnerAre() {
        assertThat(EN.analyze("I will always answer when you call.").categories()).isEmpty();
        assertThat(EN.analyze("I never wanted to hurt you.").categories()).isEmpty();
        assertThat(EN.analyze("You always hang up on me.").categories())
                .containsExactly(ToneCategory.CRITICISM, ToneCategory.ABSOLUTES);
        assertThat(ES.analyze("Jamás te volveré a mentir.").categories()).isEmpty();
        assertThat(ES.analyze("Jamás me contestas.").categories())
                .containsExactly(ToneCategory.CRITICISM, ToneCategory.ABSOLUTES);
        // A sweeping complaint about the situation counts, even in the first person.
        assertThat(EN.analyze("Why is it always me?").categories()).contains(ToneCategory.ABSOLUTES);
        assertThat(ES.analyze("Siempre tengo que ser yo.").categories()).contains(ToneCategory.ABSOLUTES);
    }

    @Test
    void anEmptyOrBlankTextIsCalm() {
        for (ToneDetector detector : List.of(EN, ES)) {
            for (String text : new String[] {"", "   \n\t", null}) {
                ToneAnalysis analysis = detector.analyze(text);
                assertThat(analysis.isCalm()).isTrue();
                assertThat(analysis.rewrite()).isEmpty();
                assertThat(analysis.language()).isEqualTo(detector.language());
            }
        }
    }

    // ---- The I-statement template ----------------------------------------------------------

    static Stream<Arguments> rewrites() {
        return Stream.of(
                Arguments.of("en", "You never listen to me.", "I feel … when you don't listen to me. I need …"),
                Arguments.of("en", "You always come home late without a message, you're so selfish.",
                        "I feel … when you come home late without a message. I need …"),
                Arguments.of("en", "You idiot, you never listen to a word I say!",
                        "I feel … when you don't listen to a word I say. I need …"),
                Arguments.of("en", "Yes, but you never help with the kids.", "I feel … when you don't help with the kids. I need …"),
                Arguments.of("en", "You’re never home before ten and you don’t even call.",
                        "I feel … when you're not home before ten and you don’t call. I need …"),
                Arguments.of("en", "You never told me she was at the party.",
                        "I feel … when you didn't tell me she was at the party. I need …"),
                Arguments.of("en", "We never talk anymore.", "I feel … when we don't talk anymore. I need …"),
                Arguments.of("es", "Nunca me escuchas.", "Me siento … cuando no me escuchas. Necesito …"),
                Arguments.of("es", "Siempre llegas tarde sin avisar, eres un egoísta.",
                        "Me siento … cuando llegas tarde sin avisar. Necesito …"),
                Arguments.of("es", "Eres un egoísta y nunca me escuchas.", "Me siento … cuando no me escuchas. Necesito …"),
                Arguments.of("es", "No me escuchas nunca, idiota.", "Me siento … cuando no me escuchas. Necesito …"),
                Arguments.of("es", "Me ignoraste completamente en la fiesta.",
                        "Me siento … cuando me ignoraste en la fiesta. Necesito …"),
                // a blaming verb is left out with its clause, never wrapped in "I feel … when"
                Arguments.of("en", "You always lie to me and you never think about me.",
                        "I feel … when you don't think about me. I need …"),
                Arguments.of("en", "You never tell me anything, you always lie.", "I feel … when you don't tell me anything. I need …"),
                Arguments.of("en", "You always lie to me.", "I feel … when …. I need …"),
                Arguments.of("es", "Siempre me mientes y nunca me escuchas.", "Me siento … cuando no me escuchas. Necesito …"));
    }

    /** What happened, told as it was by the one who was hurt, is not a judgement of who the partner is. */
    @ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en|You never told me the truth.",
            "en|You never told me about her.",
            "en|You had never said anything about the affair.",
            "es|Nunca me dijiste la verdad.",
            "es|Nunca me contaste lo que pasó."})
    void aTrueAccountOfTheBetrayalIsNotCalledCriticism(String language, String text) {
        assertThat(detector(language).analyze(text).flags()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rewrites")
    void rewriteTakesTheSituationFromTheDraftWithoutInsultsOrAbsolutes(String language, String text, String rewrite) {
        assertThat(detector(language).analyze(text).rewrite()).isEqualTo(rewrite);
    }

    static Stream<Arguments> plainFrames() {
        return Stream.of(
                // an attack on character leaves no situation
                Arguments.of("en", "You are an idiot."),
                Arguments.of("en", "You're always so selfish."),
                Arguments.of("en", "It's not my fault, you made me do it."),
                // sarcasm says the opposite of its words: what is left around it is never used
                Arguments.of("en", "Oh wonderful, you remembered my birthday."),
                Arguments.of("en", "Nothing ever changes with us."),
                Arguments.of("es", "Eres un idiota."),
                Arguments.of("es", "No es mi culpa, tú me obligaste."),
                Arguments.of("es", "Qué maravilla, te acordaste de mi cumpleaños. Qué sorpresa."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("plainFrames")
    void whenNothingUsableRemainsTheRewriteIsThePlainFrame(String language, String text) {
        String plain = "en".equals(language) ? "I feel … when …. I need …" : "Me siento … cuando …. Necesito …";
        assertThat(detector(language).analyze(text).rewrite()).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void everyFlagAndRewriteInTheEvaluationSetsIsClean(String language) throws IOException {
        ToneDetector detector = detector(language);
        List<ToneDetectorEvaluationTest.Example> examples = new java.util.ArrayList<>(
                ToneDetectorEvaluationTest.read(language + ".jsonl"));
        examples.addAll(ToneDetectorEvaluationTest.read("holdout_" + language + ".jsonl"));
        int withSituation = 0;
        for (ToneDetectorEvaluationTest.Example example : examples) {
            ToneAnalysis analysis = detector.analyze(example.text());
            if (analysis.isCalm()) {
                assertThat(analysis.rewrite()).isEmpty();
                continue;
            }
            for (Found f : analysis.flags()) {
                assertThat(f.words()).as("flag on line %d", example.line())
                        .doesNotStartWith(".").doesNotStartWith("!").doesNotStartWith("?").doesNotStartWith(" ")
                        .doesNotEndWith(" ").doesNotEndWith(",");
            }
            String rewrite = analysis.rewrite();
            assertThat(detector.analyze(rewrite).isCalm()).as("rewrite of line %d: %s", example.line(), rewrite).isTrue();
            String foldedRewrite = Folding.fold(rewrite).toLowerCase(Locale.ROOT);
            String outside = outsideContempt(example.text(), analysis);
            for (Found f : analysis.flags()) {
                if (f.category() != ToneCategory.CONTEMPT) {
                    continue;
                }
                for (String word : f.words().split("[^\\p{L}\\p{N}']+")) {
                    String w = Folding.fold(word).toLowerCase(Locale.ROOT);
                    if (w.length() >= 3 && !containsWord(outside, w)) {
                        assertThat(containsWord(foldedRewrite, w)).as("'%s' in the rewrite of line %d: %s", w,
                                example.line(), rewrite).isFalse();
                    }
                }
            }
            if (!rewrite.equals(language.equals("en") ? "I feel … when …. I need …" : "Me siento … cuando …. Necesito …")) {
                withSituation++;
            }
        }
        assertThat(withSituation).as("rewrites built from the draft").isGreaterThanOrEqualTo(20);
    }

    // ---- Loading and broken files ----------------------------------------------------------

    @Test
    void loadsEveryLanguageAndRegionTags() {
        assertThat(ToneDetector.languages()).containsExactly("en", "es");
        for (String language : ToneDetector.languages()) {
            assertThat(ToneDetector.load(language).language()).isEqualTo(language);
        }
        assertThat(ToneDetector.load("es-MX")).isSameAs(ES);
        assertThat(ToneDetector.load("es_AR")).isSameAs(ES);
        assertThat(ToneDetector.load(" EN ")).isSameAs(EN);
        assertThatThrownBy(() -> ToneDetector.load("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fr").hasMessageContaining("en, es");
        assertThatThrownBy(() -> ToneDetector.load(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBrokenPatternFileNamesTheFileAndTheKey() {
        String file = "program/tone/patterns_xx.yaml";

        String missing = yaml().replace("  CONTEMPT:\n    - '\\bw1\\b'\n", "");
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file).hasMessageContaining("'patterns.CONTEMPT'");

        String badRegex = yaml().replace("'\\bw2\\b'", "'(unclosed'");
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, badRegex))
                .hasMessageContaining(file).hasMessageContaining("'patterns.DEFENSIVENESS[0]'")
                .hasMessageContaining("regular expression");

        String emptyMatch = yaml().replace("'\\bw3\\b'", "'x?'");
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, emptyMatch))
                .hasMessageContaining("'patterns.ABSOLUTES[0]' ('x?') matches an empty text");

        String typo = yaml().replace("  CRITICISM:", "  CRITICISMS:");
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, typo))
                .hasMessageContaining("'patterns': unknown key 'CRITICISMS'")
                .hasMessageContaining("'patterns.CRITICISM' needs");

        String unknownTop = yaml() + "extra: 1\n";
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, unknownTop))
                .hasMessageContaining(file).hasMessageContaining("unknown key 'extra'");

        String unknownRewrite = yaml().replace("  min_words: 1", "  min_words: 1\n  mood: calm");
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, unknownRewrite))
                .hasMessageContaining("'rewrite': unknown key 'mood'");

        String noPlaceholder = yaml().replace("'I feel … when {situation}. I need …'", "'I feel … when …'");
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, noPlaceholder))
                .hasMessageContaining("'rewrite.frame' must contain {situation}");

        String badReplace = yaml().replace("- ['\\bnever\\b', 'not']", "- ['\\bnever\\b']");
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, badReplace))
                .hasMessageContaining("'rewrite.replace[0]' must be a pair");

        String badExcept = yaml().replace("except:\n  ABSOLUTES:", "except:\n  ABSOLUTE:");
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, badExcept))
                .hasMessageContaining("'except': unknown key 'ABSOLUTE'");

        String noRewrite = yaml().substring(0, yaml().indexOf("rewrite:"));
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, noRewrite))
                .hasMessageContaining(file).hasMessageContaining("'rewrite' must be a mapping");

        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, "- just a list"))
                .hasMessageContaining(file + " line 1: the pattern file must be a mapping");
        assertThatThrownBy(() -> ToneDetector.fromYaml("xx", file, "patterns: [unclosed"))
                .hasMessageContaining(file).hasMessageContaining("not valid YAML");
    }

    @Test
    void aValidMinimalFileWorksWithItsExceptAndRewrite() {
        ToneDetector detector = ToneDetector.fromYaml("xx", "test.yaml", yaml());

        assertThat(detector.analyze("w0 w1").categories()).containsExactly(ToneCategory.CRITICISM, ToneCategory.CONTEMPT);
        assertThat(detector.analyze("w3 ok").categories()).containsExactly(ToneCategory.ABSOLUTES);
        assertThat(detector.analyze("w3 fine").categories()).isEmpty(); // except
        assertThat(detector.analyze("you never w3 call").rewrite()).isEqualTo("I feel … when you not call. I need …");
        assertThat(detector.analyze("w1").rewrite()).isEqualTo("I feel … when …. I need …");
    }

    // ---- Results, JSON, speed, threads -----------------------------------------------------

    @Test
    void jsonIsOneEscapedLineWithCategoriesFlagsAndRewrite() throws Exception {
        String text = "You never listen \"ever\"\n\\ you idiot";
        ToneAnalysis analysis = EN.analyze(text);

        String json = analysis.toJson();

        assertThat(json).doesNotContain("\n").contains("\"words\":\"\\\"ever\\\"\"");
        JsonNode parsed = JsonMapper.builder().build().readTree(json);
        assertThat(parsed.get("lang").asString()).isEqualTo("en");
        assertThat(parsed.get("categories")).extracting(JsonNode::asString)
                .containsExactly("criticism", "contempt", "absolutes");
        JsonNode first = parsed.get("flags").get(0);
        assertThat(first.get("category").asString()).isEqualTo("criticism");
        assertThat(first.get("start").asInt()).isZero();
        assertThat(first.get("end").asInt()).isEqualTo(16);
        assertThat(first.get("words").asString()).isEqualTo("You never listen");
        for (JsonNode flag : parsed.get("flags")) {
            assertThat(text.substring(flag.get("start").asInt(), flag.get("end").asInt()))
                    .isEqualTo(flag.get("words").asString());
        }
        assertThat(parsed.get("rewrite").asString()).startsWith("I feel … when");

        assertThat(EN.analyze("Thanks for dinner.").toJson())
                .isEqualTo("{\"lang\":\"en\",\"categories\":[],\"flags\":[]}");
        assertThat(new ToneAnalysis("es", List.of(new Found(ToneCategory.CONTEMPT, 0, 7, "Idiota\u2028")), "x\u0001")
                .toJson()).isEqualTo("{\"lang\":\"es\",\"categories\":[\"contempt\"],\"flags\":[{\"category\":\"contempt\","
                        + "\"start\":0,\"end\":7,\"words\":\"Idiota\\u2028\"}],\"rewrite\":\"x\\u0001\"}");
    }

    @Test
    void jsonEscapesLoneSurrogates() {
        StringBuilder out = new StringBuilder();
        app.kintsugi.shared.JsonText.string(out, "a\ud800b😀");
        assertThat(out.toString()).isEqualTo("\"a\\ud800b😀\"");
    }

    @Test
    void foundRejectsSpansThatDoNotFitAndAnalysisSortsItsFlags() {
        assertThatThrownBy(() -> new Found(ToneCategory.CONTEMPT, 5, 2, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Found(ToneCategory.CONTEMPT, 0, 2, "abc")).isInstanceOf(IllegalArgumentException.class);
        ToneAnalysis analysis = new ToneAnalysis("en", List.of(new Found(ToneCategory.ABSOLUTES, 4, 5, "x"),
                new Found(ToneCategory.CRITICISM, 0, 1, "y")), null);
        assertThat(analysis.flags()).extracting(Found::start).containsExactly(0, 4);
        assertThat(analysis.rewrite()).isEmpty();
        assertThatThrownBy(() -> analysis.flags().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void categoryKeysAreLowercase() {
        assertThat(List.of(ToneCategory.values())).extracting(ToneCategory::json)
                .containsExactly("criticism", "contempt", "defensiveness", "absolutes");
        assertThat(ToneCategory.fromJson("Contempt")).isEqualTo(ToneCategory.CONTEMPT);
        assertThatThrownBy(() -> ToneCategory.fromJson("stonewalling")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void aTwentyThousandCharacterTextIsAnalysedWellUnderASecond(String language) {
        String chunk = "en".equals(language)
                ? "You never listen, you idiot. Oh great, another 'work dinner'. It's not my fault, everyone knew. "
                        + "I feel tired when we argue and I need rest; every time I try, "
                : "Nunca me escuchas, idiota. Sí, claro, otra 'cena de trabajo'. No es mi culpa, todo el mundo lo sabía. "
                        + "Me siento cansada cuando discutimos y necesito descansar; cada vez que lo intento ";
        String text = chunk.repeat(20_000 / chunk.length() + 1).substring(0, 20_000);
        String noPunctuation = "you never you always nothing everyone sí claro pero tú nunca ".repeat(400).substring(0, 20_000);
        String otherScripts = "привет 🙄 ¿qué tal? 中文 «sí» ".repeat(1_000).substring(0, 20_000);
        ToneDetector detector = detector(language);
        detector.analyze(text); // warm-up

        // Processor time of this thread, so a busy build machine does not make the test flaky.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        ToneAnalysis analysis = detector.analyze(text);
        ToneAnalysis oneSentence = detector.analyze(noPunctuation);
        detector.analyze(otherScripts);
        long millis = (threads.getCurrentThreadCpuTime() - started) / 1_000_000;

        assertThat(analysis.flags()).hasSizeGreaterThan(100);
        assertThat(oneSentence.isCalm()).isFalse();
        assertThat(millis).as("processor milliseconds for three 20,000-character texts").isLessThan(1_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void screeningWhereAMatchCanStartChangesNoResult(String language) throws IOException {
        ToneDetector screened = detector(language);
        ToneDetector everywhere = screened.unscreened();
        List<String> texts = new java.util.ArrayList<>();
        ToneDetectorEvaluationTest.read(language + ".jsonl").forEach(e -> texts.add(e.text()));
        ToneDetectorEvaluationTest.read("holdout_" + language + ".jsonl").forEach(e -> texts.add(e.text()));
        // Drafts pieced together from words, punctuation, accents, emoji and other scripts.
        String[] pieces = {"you", "You", "never", "always", "nunca", "siempre", "jamás", "JAMAS", "idiot", "idiota",
                "whatever", "claro", "sí", "si", "but", "pero", "not", "my", "fault", "culpa", "every", "time", "cada",
                "vez", "que", "'friend'", "\"amiga\"", "«hola»", "¿", "¡", "?", "!", ".", ",", "…", "🙄", "😀", "\u200D",
                "ж", "привет", "中文", "ǅ", "\u212A", "ſ", "\u00A0", "\n", " ", " ", " ", "I'm", "I’m", "don’t", "ever",
                "nothing", "nada", "todo", "el", "mundo", "oh", "great", "another", "yes", "ya", "are", "kidding", "me"};
        texts.addAll(app.kintsugi.shared.PiecedDrafts.of(pieces, 20_240_611L, 200));

        for (String text : texts) {
            assertThat(screened.analyze(text)).as(text).isEqualTo(everywhere.analyze(text));
        }
    }

    @Test
    void isSafeToShareBetweenThreads() {
        List<String> texts = List.of("You never listen, you idiot.", "It's not my fault.", "I will always love you.",
                "Nothing ever changes.", "Whatever.");
        List<String> expected = texts.stream().map(t -> EN.analyze(t).toJson()).toList();

        List<List<String>> results = IntStream.range(0, 64).parallel()
                .mapToObj(i -> texts.stream().map(t -> EN.analyze(t).toJson()).toList()).toList();

        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    /** A valid file with one word per category (w0…w3), an except for w3 and a one-rule rewrite. */
    private static String yaml() {
        return """
                patterns:
                  CRITICISM:
                    - '\\bw0\\b'
                  CONTEMPT:
                    - '\\bw1\\b'
                  DEFENSIVENESS:
                    - '\\bw2\\b'
                  ABSOLUTES:
                    - '\\bw3\\b'
                except:
                  ABSOLUTES:
                    - '\\bw3 fine\\b'
                rewrite:
                  frame: 'I feel … when {situation}. I need …'
                  plain: 'I feel … when …. I need …'
                  start: 'you\\b'
                  joins: '\\band\\b'
                  lead: []
                  drop:
                    - '\\bw3\\b'
                  replace:
                    - ['\\bnever\\b', 'not']
                  min_words: 1
                  max_words: 10
                """;
    }

    private static String outsideContempt(String text, ToneAnalysis analysis) {
        StringBuilder outside = new StringBuilder(Folding.fold(text).toLowerCase(Locale.ROOT));
        for (Found f : analysis.flags()) {
            if (f.category() == ToneCategory.CONTEMPT) {
                for (int i = f.start(); i < f.end(); i++) {
                    outside.setCharAt(i, ' ');
                }
            }
        }
        return outside.toString();
    }

    private static boolean containsWord(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}'])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}'])").matcher(text);
        return m.find();
    }

    private static void assertSpan(String text, Found found, String words) {
        assertThat(text.substring(found.start(), found.end())).isEqualTo(words);
        assertThat(found.words()).isEqualTo(words);
    }

    private static ToneDetector detector(String language) {
        return "en".equals(language) ? EN : ES;
    }
}
