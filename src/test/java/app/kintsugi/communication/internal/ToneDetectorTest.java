package app.kintsugi.communication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
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

    @ParameterizedTest(name = "{0}: {1} → {2} \"{3}\"")
    @CsvFileSource(resources = "/detector-cases/tone/flagsAndTheirWords.csv", delimiter = '|')
    void flagsEachRuleGroupAndPointsAtItsWords(String language, String text, ToneCategory category, String words) {
        ToneAnalysis analysis = detector(language).analyze(text);

        assertThat(analysis.categories()).contains(category);
        assertThat(analysis.isCalm()).isFalse();
        assertThat(analysis.flags()).filteredOn(f -> f.category() == category)
                .anySatisfy(f -> assertSpan(text, f, words));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/detector-cases/tone/calmTexts.csv", delimiter = '|')
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
    @CsvFileSource(resources = "/detector-cases/tone/rewrites.csv", delimiter = '|')
    void rewriteTakesTheSituationFromTheDraftWithoutInsultsOrAbsolutes(String language, String text, String rewrite) {
        assertThat(detector(language).analyze(text).rewrite()).isEqualTo(rewrite);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/detector-cases/tone/plainFrames.csv", delimiter = '|')
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
