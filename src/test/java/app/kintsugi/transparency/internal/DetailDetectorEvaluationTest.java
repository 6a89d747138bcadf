package app.kintsugi.transparency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.kintsugi.shared.DetectorEvaluation;
import app.kintsugi.shared.DetectorEvaluation.Floor;
import app.kintsugi.transparency.DetailAnalysis;
import app.kintsugi.transparency.DetailCategory;

/**
 * Measures the detector against the labelled sets in {@code src/test/resources/detail-eval/} and
 * fails when precision or recall for any category, or over all categories, drops below 0.9. Prints
 * the table and every mistake.
 *
 * <p>How the sets are labelled (by what a careful reader would say, not by what the patterns catch):
 * <ul>
 * <li>SEXUAL: explicit physical or sexual detail: what happened in bed, how often they had sex,
 * positions, acts, bodies, whether it was good. Not: whether something happened ("Did you sleep
 * with him?"), and never health or safety ("Did you use protection?", "How many times did you have
 * unprotected sex?").</li>
 * <li>COMPARISON: the hurt partner set against the other person ("prettier than me", "what does she
 * have that I don't", "do you love her more than me"). Not: "What were you looking for?"</li>
 * <li>REPLAY: re-living a scene in minute detail ("describe exactly", "every detail", "step by step",
 * "word for word", what someone wore or looks like). Not: "Have you told me everything?", "Describe
 * how you felt", "step by step" about the plan ahead, "I don't want the details".</li>
 * <li>A calm text has no category: questions about meaning, truth and safety.</li>
 * </ul>
 *
 * <p>Read the numbers with care: the sets are small (88 texts per language, 41 calm, positives
 * 20/19/15) and were written by the author of the patterns, then used to tune them, so they
 * overstate quality on new questions. How they grew (precision / recall over all categories):
 * <ol>
 * <li>Round 1 (lines 1–44) was written alongside the first patterns: 1.00 / 1.00 in both languages,
 * which says little.</li>
 * <li>Round 2 (lines 45–70, new phrasings) was measured once before it was tuned on: en 1.00 / 0.61
 * (recall sexual 0.83, comparison 0.43, replay 0.60); es 1.00 / 0.61 (0.67, 0.43, 0.80).</li>
 * <li>Round 3 (lines 71–88, mostly calm lookalikes such as "How did you end up in bed with her?",
 * "Do other people know more than I do?", "Can you explain in detail why…") was measured once
 * before it was tuned on: en 1.00 / 0.20 (every calm lookalike stayed calm); es 0.50 / 0.20 (two
 * false alarms).</li>
 * <li>Round 4 (the last ten lines of each file: scenes in the couple's own bed, "what exactly did
 * you do with her", "was it better with her", and calm lookalikes such as "I can't sleep in our
 * bed since I found out" or "What did you do with the money you spent on her?") was measured once
 * on the whole set before it was tuned on: en 1.00 / 0.94 (recall replay 0.80); es 1.00 / 0.90
 * (sexual 0.95, comparison 0.95, replay 0.79). After: 1.00 / 1.00 in both.</li>
 * </ol>
 * That is the honest picture for wording the patterns were not written for: what is pointed at is
 * nearly always right, and much is missed. For guidance that is the right way round (a missed
 * passage costs a hint, a false one nags someone who asked a fair question). When a real question
 * is misread, add it here with an honest label and then adjust the patterns.
 */
class DetailDetectorEvaluationTest {

    /** The floor for precision and recall, per category and over all categories, in each language. */
    private static final double FLOOR = 0.9;
    private static final int MIN_TEXTS = 80;
    private static final int MIN_CALM = 35;
    private static final int MIN_POSITIVES = 12;

    record Example(int line, String text, Set<DetailCategory> categories) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void precisionAndRecallStayAtOrAboveNinetyPercent(String language) throws IOException {
        List<Example> examples = read(language + ".jsonl");
        DetailDetector detector = DetailDetector.forLanguage(language);
        DetectorEvaluation<DetailCategory> evaluation = new DetectorEvaluation<>(
                category -> category.name().toLowerCase(Locale.ROOT));
        for (Example example : examples) {
            DetailAnalysis analysis = detector.analyze(example.text());
            evaluation.count(DetailCategory.values(), example.categories(), analysis.categories(), example.line(),
                    example.text());
            for (DetailAnalysis.Found f : analysis.found()) {
                assertThat(f.end()).as("line %d", example.line()).isLessThanOrEqualTo(example.text().length());
            }
        }
        long calm = examples.stream().filter(e -> e.categories().isEmpty()).count();
        evaluation.print(String.format(Locale.ROOT, "Question detail detector, %s (%d texts, %d calm)", language,
                examples.size(), calm), "category", 11, true);

        assertThat(examples).as("labelled texts for %s", language).hasSizeGreaterThanOrEqualTo(MIN_TEXTS);
        assertThat(examples).as("calm texts for %s", language).filteredOn(e -> e.categories().isEmpty())
                .hasSizeGreaterThanOrEqualTo(MIN_CALM);
        evaluation.assertAboveFloors(language, category -> new Floor(FLOOR, FLOOR), MIN_POSITIVES);
        assertThat(evaluation.all().precision()).as("%s precision over all categories", language)
                .isGreaterThanOrEqualTo(FLOOR);
        assertThat(evaluation.all().recall()).as("%s recall over all categories", language).isGreaterThanOrEqualTo(FLOOR);
    }

    static List<Example> read(String file) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (DetectorEvaluation.Line line : DetectorEvaluation.read("detail-eval/" + file)) {
            Set<DetailCategory> categories = EnumSet.noneOf(DetailCategory.class);
            line.json().get("categories").forEach(c -> categories.add(
                    DetailCategory.valueOf(c.asString().strip().toUpperCase(Locale.ROOT))));
            examples.add(new Example(line.number(), line.text(), categories));
        }
        return examples;
    }
}
