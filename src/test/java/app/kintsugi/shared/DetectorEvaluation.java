package app.kintsugi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How well a pattern detector finds what a labelled set says is there: true and false positives and
 * false negatives per kind (a category, a part, a pattern) and over all kinds, every mistake with its
 * line, a printed table and floors for precision and recall. Kinds are kept in the order they were
 * first counted.
 *
 * @param <K> what the detector finds
 */
public final class DetectorEvaluation<K> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A floor for one kind. */
    public record Floor(double precision, double recall) {
    }

    /** One labelled text as it stands in its file: its line number and its JSON. */
    public record Line(int number, JsonNode json) {

        public String text() {
            return json.get("text").asString();
        }
    }

    /** Counts for one kind, or for all together. */
    public static final class Tally {
        int truePositive;
        int falsePositive;
        int falseNegative;

        public int positives() {
            return truePositive + falseNegative;
        }

        /** With nothing predicted, precision is 1 (no false alarm). */
        public double precision() {
            int predicted = truePositive + falsePositive;
            return predicted == 0 ? 1.0 : (double) truePositive / predicted;
        }

        /** With no positive example, recall is 1 (nothing missed). */
        public double recall() {
            return positives() == 0 ? 1.0 : (double) truePositive / positives();
        }
    }

    private final Function<K, String> name;
    private final Map<K, Tally> tallies = new LinkedHashMap<>();
    private final Tally all = new Tally();
    private final List<String> mistakes = new ArrayList<>();

    /** {@code name} is how a kind is written in the table and in the list of mistakes. */
    public DetectorEvaluation(Function<K, String> name) {
        this.name = name;
    }

    /** Counts every one of {@code kinds} for one text: labelled or not, found or not. */
    public void count(K[] kinds, Collection<?> labelled, Collection<?> found, int line, String text) {
        for (K kind : kinds) {
            count(kind, labelled.contains(kind), found.contains(kind), line, text);
        }
    }

    public void count(K kind, boolean labelled, boolean found, int line, String text) {
        Tally t = tallies.computeIfAbsent(kind, k -> new Tally());
        if (labelled && found) {
            t.truePositive++;
            all.truePositive++;
        } else if (found) {
            t.falsePositive++;
            all.falsePositive++;
            mistakes.add("FP " + name.apply(kind) + " line " + line + ": " + text);
        } else if (labelled) {
            t.falseNegative++;
            all.falseNegative++;
            mistakes.add("FN " + name.apply(kind) + " line " + line + ": " + text);
        }
    }

    /** Over every kind counted. */
    public Tally all() {
        return all;
    }

    /**
     * Prints the title, a row per kind (and one over all kinds when {@code withAll}) under a first
     * column {@code width} wide headed {@code heading}, then every mistake.
     */
    public void print(String title, String heading, int width, boolean withAll) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%n%s%n", title));
        table.append(String.format(Locale.ROOT, "%-" + width + "s %9s %4s %4s %4s %9s %7s%n", heading, "positives", "TP",
                "FP", "FN", "precision", "recall"));
        tallies.forEach((kind, t) -> row(table, width, name.apply(kind), t));
        if (withAll) {
            row(table, width, "all", all);
        }
        mistakes.forEach(m -> table.append("  ").append(m).append('\n'));
        System.out.print(table);
    }

    private static void row(StringBuilder table, int width, String name, Tally t) {
        table.append(String.format(Locale.ROOT, "%-" + width + "s %9d %4d %4d %4d %9.2f %7.2f%n", name, t.positives(),
                t.truePositive, t.falsePositive, t.falseNegative, t.precision(), t.recall()));
    }

    /** Every kind counted has at least {@code minPositives} positive examples and stays at or above its floor. */
    public void assertAboveFloors(String language, Function<K, Floor> floors, int minPositives) {
        tallies.forEach((kind, t) -> {
            Floor floor = floors.apply(kind);
            assertThat(t.positives()).as("%s %s positive examples", language, kind).isGreaterThanOrEqualTo(minPositives);
            assertThat(t.precision()).as("%s %s precision", language, kind).isGreaterThanOrEqualTo(floor.precision());
            assertThat(t.recall()).as("%s %s recall", language, kind).isGreaterThanOrEqualTo(floor.recall());
        });
    }

    /** The non-blank lines of a JSON Lines resource on the test classpath, which must be there. */
    public static List<Line> read(String resource) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = DetectorEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String[] raw = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < raw.length; i++) {
                if (!raw[i].isBlank()) {
                    lines.add(new Line(i + 1, JSON.readTree(raw[i])));
                }
            }
        }
        return lines;
    }
}
