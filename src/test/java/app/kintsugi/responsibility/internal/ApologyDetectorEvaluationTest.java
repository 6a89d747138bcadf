package app.kintsugi.responsibility.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.kintsugi.responsibility.ApologyAnalysis;
import app.kintsugi.responsibility.ApologyPart;
import app.kintsugi.responsibility.NonApologyPattern;
import app.kintsugi.shared.DetectorEvaluation;
import app.kintsugi.shared.DetectorEvaluation.Floor;

/**
 * Measures the detector against the labelled sets in {@code src/test/resources/apology-eval/} and
 * fails when precision or recall for any part or pattern drops below the floors below (set just
 * under what was measured when the patterns were written). Prints the table and every mistake.
 *
 * <p>How the sets are labelled (by what a careful reader would say, not by what the patterns catch):
 * <ul>
 * <li>ACKNOWLEDGE_RESPONSIBILITY: the writer names the wrong as their own act, in any form ("I lied to
 * you", "sorry for lying", "siento haberte mentido"), or says it was their fault, choice or
 * responsibility, or that there is no excuse. "What I did" alone, unnamed, does not count; neither
 * does a hedged "maybe I shouldn't have".</li>
 * <li>EXPRESS_REGRET: unconditional sorrow or apology for the act ("I'm sorry", "I regret", "me
 * arrepiento", "lo siento", "te pido perdón", which in Spanish is the ordinary way to apologise).
 * "Sorry if…" and "sorry you feel…" are not regret; "sorry, but…" still is (the BUT is flagged).
 * Reporting an old apology ("I said I was sorry") is not.</li>
 * <li>EXPLAIN: an account of how or why it happened from the writer's own side (fears, motives,
 * circumstances), even a weak one; an "explanation" that blames the partner is BLAMING instead.</li>
 * <li>DECLARE_REPENTANCE: what will change in the writer's own behaviour, or steps already taken.</li>
 * <li>OFFER_REPAIR: something offered to the partner to mend the damage: answers, openness,
 * paying back, counselling together, "whatever you need", making it up.</li>
 * <li>REQUEST_FORGIVENESS: asking or hoping to be forgiven ("please forgive me", "perdóname",
 * "ojalá algún día me perdones"); "I'm not asking you to forgive me" does not count.</li>
 * <li>Patterns: CONDITIONAL ("sorry if", "if I hurt you, sorry"), DEFLECTING_FEELINGS (regret aimed
 * at the partner's feelings or at how they found out), BUT (an apology or admission taken back by a
 * "but"), BLAMING (the partner made it happen or did worse), MINIMISING (making the act smaller,
 * euphemisms, "you're overreacting").</li>
 * </ul>
 *
 * <p>Read the numbers with care: the patterns were written against these texts, so they are
 * optimistic. Texts added before the patterns were adjusted to them (the last 50 or so in each file,
 * in three rounds of 15–20) scored lower when first measured, recall especially: between 0 and 0.8
 * for the non-apology patterns in the last round. New phrasings will be missed; when a real draft is
 * misread, add it here with an honest label and then adjust the patterns.
 */
class ApologyDetectorEvaluationTest {

    /*
     * Floors: the largest multiple of 0.05 below what was measured (1.00 → 0.95). Measured on
     * 130 English and 134 Spanish texts: everything 1.00 except en EXPLAIN precision 0.94 (15/16),
     * es EXPRESS_REGRET recall 0.98 (46/47), es EXPLAIN precision 0.95 (18/19) and es OFFER_REPAIR
     * recall 0.97 (28/29). Raise a floor when the patterns get better; never lower one to make a
     * change pass without saying why.
     */
    private static final Map<String, Map<Enum<?>, Floor>> FLOORS = Map.of(
            "en", floors(
                    ApologyPart.ACKNOWLEDGE_RESPONSIBILITY, 0.95, 0.95,
                    ApologyPart.EXPRESS_REGRET, 0.95, 0.95,
                    ApologyPart.EXPLAIN, 0.90, 0.95,
                    ApologyPart.DECLARE_REPENTANCE, 0.95, 0.95,
                    ApologyPart.OFFER_REPAIR, 0.95, 0.95,
                    ApologyPart.REQUEST_FORGIVENESS, 0.95, 0.95,
                    NonApologyPattern.CONDITIONAL, 0.95, 0.95,
                    NonApologyPattern.DEFLECTING_FEELINGS, 0.95, 0.95,
                    NonApologyPattern.BUT, 0.95, 0.95,
                    NonApologyPattern.BLAMING, 0.95, 0.95,
                    NonApologyPattern.MINIMISING, 0.95, 0.95),
            "es", floors(
                    ApologyPart.ACKNOWLEDGE_RESPONSIBILITY, 0.95, 0.95,
                    ApologyPart.EXPRESS_REGRET, 0.95, 0.95,
                    ApologyPart.EXPLAIN, 0.90, 0.95,
                    ApologyPart.DECLARE_REPENTANCE, 0.95, 0.95,
                    ApologyPart.OFFER_REPAIR, 0.95, 0.95,
                    ApologyPart.REQUEST_FORGIVENESS, 0.95, 0.95,
                    NonApologyPattern.CONDITIONAL, 0.95, 0.95,
                    NonApologyPattern.DEFLECTING_FEELINGS, 0.95, 0.95,
                    NonApologyPattern.BUT, 0.95, 0.95,
                    NonApologyPattern.BLAMING, 0.95, 0.95,
                    NonApologyPattern.MINIMISING, 0.95, 0.95));

    /** Fewest texts per language, and fewest positive examples per part or pattern. */
    private static final int MIN_TEXTS = 60;
    private static final int MIN_POSITIVES = 5;

    record Example(int line, String text, Set<ApologyPart> parts, Set<NonApologyPattern> patterns) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void precisionAndRecallStayAboveTheirFloors(String language) throws IOException {
        List<Example> examples = read(language);
        ApologyDetector detector = ApologyDetector.load(language);
        DetectorEvaluation<Enum<?>> evaluation = new DetectorEvaluation<>(Enum::name);
        for (Example example : examples) {
            ApologyAnalysis analysis = detector.analyze(example.text());
            evaluation.count(ApologyPart.values(), example.parts(), analysis.present(), example.line(), example.text());
            evaluation.count(NonApologyPattern.values(), example.patterns(), analysis.flagged(), example.line(),
                    example.text());
        }
        evaluation.print(String.format(Locale.ROOT, "Apology detector, %s (%d texts)", language, examples.size()),
                "part / pattern", 27, false);

        assertThat(examples).as("labelled texts for %s", language).hasSizeGreaterThanOrEqualTo(MIN_TEXTS);
        assertThat(examples).as("good apologies (four parts or more, no pattern)")
                .filteredOn(e -> e.parts().size() >= 4 && e.patterns().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(examples).as("partial apologies (one to three parts, no pattern)")
                .filteredOn(e -> !e.parts().isEmpty() && e.parts().size() <= 3 && e.patterns().isEmpty())
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(examples).as("non-apologies (at least one pattern)")
                .filteredOn(e -> !e.patterns().isEmpty()).hasSizeGreaterThanOrEqualTo(15);

        evaluation.assertAboveFloors(language, FLOORS.get(language)::get, MIN_POSITIVES);
    }

    static List<Example> read(String language) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (DetectorEvaluation.Line line : DetectorEvaluation.read("apology-eval/" + language + ".jsonl")) {
            Set<ApologyPart> parts = EnumSet.noneOf(ApologyPart.class);
            line.json().get("parts").forEach(p -> parts.add(ApologyPart.valueOf(p.asString())));
            Set<NonApologyPattern> patterns = EnumSet.noneOf(NonApologyPattern.class);
            line.json().get("patterns").forEach(p -> patterns.add(NonApologyPattern.valueOf(p.asString())));
            examples.add(new Example(line.number(), line.text(), parts, patterns));
        }
        return examples;
    }

    private static Map<Enum<?>, Floor> floors(Object... kindPrecisionRecall) {
        Map<Enum<?>, Floor> floors = new LinkedHashMap<>();
        for (int i = 0; i < kindPrecisionRecall.length; i += 3) {
            floors.put((Enum<?>) kindPrecisionRecall[i],
                    new Floor((Double) kindPrecisionRecall[i + 1], (Double) kindPrecisionRecall[i + 2]));
        }
        return floors;
    }
}
