package app.kintsugi.communication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.kintsugi.communication.ToneCategory;
import app.kintsugi.shared.DetectorEvaluation.Floor;
import app.kintsugi.shared.DetectorEvaluation;

/**
 * Measures the detector against the labelled sets in {@code src/test/resources/tone-eval/} and fails
 * when precision or recall for any category drops below the floors below. Prints the table and
 * every mistake.
 *
 * <p>How the sets are labelled (by what a careful reader would say, not by what the patterns catch):
 * <ul>
 * <li>CRITICISM: a trait or global judgement of the partner's character ("you're selfish", "you're
 * a liar", "what kind of person…", "something is wrong with you", "you only care about yourself"),
 * or a habitual generalisation of the partner's behaviour with always, never, constantly, every time,
 * all the time, "don't ever", nothing ("you never listen", "you're always on your phone", "you do
 * nothing"). A complaint about one event ("you didn't call last night") is not criticism.</li>
 * <li>CONTEMPT: insults and name-calling meant to degrade (idiot, pathetic, loser, "you make me
 * sick"), mockery and sarcasm ("oh great, another…", "yeah right", "wow, thanks", "whatever" on its
 * own, "poor you", "give me a break", "are you kidding me", scare quotes around the partner's story),
 * eye-rolling, disgust.</li>
 * <li>DEFENSIVENESS: counter-blame ("you made me", "if you hadn't…"), denying responsibility ("it's
 * not my fault", "I didn't do anything wrong"), "yes, but", whataboutism ("what about you", "you're
 * one to talk"), flatly denying the partner's account ("that's not true"), excuses ("I had no
 * choice"), the innocent victim ("why are you always attacking me", "nothing I do is enough",
 * "you're overreacting").</li>
 * <li>ABSOLUTES: always, never, ever (as an intensifier), every time, all the time, constantly,
 * nothing, everything, everyone, nobody, completely, totally (es: siempre, nunca, jamás, todo el
 * tiempo, cada vez que, nada, todo, todo el mundo, nadie, completamente…) sweeping over the partner
 * ("you never…", "you ruined everything") or over the situation in a complaint ("nothing ever
 * changes", "we never talk", "why is it always me", "nothing I do is enough"). Not: what the writer
 * says about their own conduct ("I will always tell you where I am", "I'll never lie again", "I
 * never wanted to hurt you"), appreciation ("you always make me laugh", "I've never felt so heard"),
 * neutral uses ("thank you for everything", "everyone's coming at seven").</li>
 * <li>A calm text has no category. Calm is not the same as pleasant: hurt, anger and firm requests
 * said as I-statements or as a complaint about one event are calm.</li>
 * </ul>
 *
 * <p>Read the numbers with care. The main sets ({@code en.jsonl}, {@code es.jsonl}) were used to
 * write and tune the patterns, so they overstate quality on new text. How the rest was measured
 * (precision / recall; en then es; criticism, contempt, defensiveness, absolutes):
 * <ol>
 * <li>Holdout round 1 (the first 60 lines of each holdout file) was written before the first version
 * of the patterns and measured once with it: en 1.00/0.93, 1.00/0.92, 1.00/0.86, 1.00/0.93; es
 * 1.00/0.87, 1.00/0.92, 1.00/0.86, 1.00/0.93. Its author wrote the patterns right after, with these
 * phrasings in mind, so it flatters the detector.</li>
 * <li>Round 2 (the last 50 lines of each main file) was written after the main sets were tuned and
 * measured once before it was tuned on: en 1.00/0.50, 1.00/0.27, 1.00/0.09, 1.00/0.42; es
 * 1.00/0.38, 1.00/0.18, 1.00/0.18, 1.00/0.36. That is the honest picture for phrasings the patterns
 * were not written for: what is flagged is nearly always right, and much is missed.</li>
 * <li>Round 3 (the last 40 lines of each holdout file) was written after all tuning and measured once,
 * with no change to the patterns afterwards: en 1.00/0.88, 1.00/0.25, 1.00/0.56, 0.88/0.78; es
 * 0.88/0.88, 1.00/0.38, 1.00/0.56, 0.88/0.78.</li>
 * </ol>
 * All sets were written by one author, who also wrote the patterns. When a real draft is misread,
 * add it to a main set with an honest label and then adjust the patterns; keep the holdout files for
 * measuring, not tuning.
 */
class ToneDetectorEvaluationTest {

    /*
     * Main sets: floors are what was measured, rounded down to two decimals (267 English texts, 82 calm,
     * positives 63/55/56/64; 276 Spanish texts, 86 calm, positives 68/56/56/68). Raise a floor when the
     * patterns get better; never lower one to make a change pass without saying why.
     */
    private static final Map<String, Map<ToneCategory, Floor>> FLOORS = Map.of(
            "en", floors(1.00, 0.96, 0.98, 0.98, 1.00, 0.98, 1.00, 1.00),
            "es", floors(1.00, 0.95, 1.00, 0.96, 1.00, 0.98, 1.00, 1.00));

    /*
     * Holdout sets (rounds 1 and 3, 100 texts each, 28 calm, positives 23/20/23/24): a loose floor,
     * 0.1 under what was measured rounded down, so that adding honest texts does not fail the build.
     * Measured: en 1.00/0.91, 1.00/0.65, 1.00/0.73, 0.95/0.91; es 0.95/0.91, 1.00/0.70, 1.00/0.73,
     * 0.95/0.87.
     */
    private static final Map<String, Map<ToneCategory, Floor>> HOLDOUT_FLOORS = Map.of(
            "en", floors(0.90, 0.81, 0.90, 0.55, 0.90, 0.63, 0.85, 0.81),
            "es", floors(0.85, 0.81, 0.90, 0.60, 0.90, 0.63, 0.85, 0.77));

    private static final int MIN_TEXTS = 170;
    private static final int MIN_CALM = 50;
    private static final int MIN_POSITIVES = 35;
    private static final int MIN_HOLDOUT_TEXTS = 40;

    record Example(int line, String text, Set<ToneCategory> categories) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void mainSetStaysAboveItsFloors(String language) throws IOException {
        List<Example> examples = read(language + ".jsonl");
        DetectorEvaluation<ToneCategory> evaluation = measure(language, examples, "main set");

        assertThat(examples).as("labelled texts for %s", language).hasSizeGreaterThanOrEqualTo(MIN_TEXTS);
        assertThat(examples).as("calm texts for %s", language).filteredOn(e -> e.categories().isEmpty())
                .hasSizeGreaterThanOrEqualTo(MIN_CALM);
        evaluation.assertAboveFloors(language, FLOORS.get(language)::get, MIN_POSITIVES);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void holdoutSetStaysAboveALooseFloor(String language) throws IOException {
        List<Example> examples = read("holdout_" + language + ".jsonl");
        DetectorEvaluation<ToneCategory> evaluation = measure(language, examples, "holdout");

        assertThat(examples).as("holdout texts for %s", language).hasSizeGreaterThanOrEqualTo(MIN_HOLDOUT_TEXTS);
        evaluation.assertAboveFloors(language, HOLDOUT_FLOORS.get(language)::get, 5);
    }

    private static DetectorEvaluation<ToneCategory> measure(String language, List<Example> examples, String set) {
        ToneDetector detector = ToneDetector.load(language);
        DetectorEvaluation<ToneCategory> evaluation = new DetectorEvaluation<>(ToneCategory::json);
        for (Example example : examples) {
            evaluation.count(ToneCategory.values(), example.categories(), detector.analyze(example.text()).categories(),
                    example.line(), example.text());
        }
        long calm = examples.stream().filter(e -> e.categories().isEmpty()).count();
        evaluation.print(String.format(Locale.ROOT, "Tone detector, %s, %s (%d texts, %d calm)", language, set,
                examples.size(), calm), "category", 14, false);
        return evaluation;
    }

    static List<Example> read(String file) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (DetectorEvaluation.Line line : DetectorEvaluation.read("tone-eval/" + file)) {
            Set<ToneCategory> categories = EnumSet.noneOf(ToneCategory.class);
            line.json().get("categories").forEach(c -> categories.add(ToneCategory.fromJson(c.asString())));
            examples.add(new Example(line.number(), line.text(), categories));
        }
        return examples;
    }

    /** Precision and recall floors in the enum's order: criticism, contempt, defensiveness, absolutes. */
    private static Map<ToneCategory, Floor> floors(double... precisionRecall) {
        Map<ToneCategory, Floor> floors = new EnumMap<>(ToneCategory.class);
        ToneCategory[] categories = ToneCategory.values();
        for (int i = 0; i < categories.length; i++) {
            floors.put(categories[i], new Floor(precisionRecall[2 * i], precisionRecall[2 * i + 1]));
        }
        return floors;
    }
}
