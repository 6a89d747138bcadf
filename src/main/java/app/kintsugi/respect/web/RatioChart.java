package app.kintsugi.respect.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.respect.RatioWeeks;

/**
 * The geometry of the ratio chart, ready to be drawn as SVG: one column per week, split into the
 * share of positive moments (from the bottom) and of negative ones (above it), with the reference
 * line where five positive moments meet one negative one. A column reaching the line is a week at
 * about five to one; a week with nothing counted has no column. Colours come from the stylesheet.
 * Drawing is the page's business: the counts come from {@link RatioWeeks}.
 */
record RatioChart(List<Column> columns, List<Label> labels) {

    static final int WIDTH = 360;
    static final int HEIGHT = 120;
    static final int BAR = 18;

    /**
     * A week's column; heights are zero for a week with nothing counted.
     *
     * @param x              the column's left edge
     * @param positiveY      the top of the positive part, which reaches down to the baseline
     * @param positiveHeight the height of the positive part
     * @param negativeHeight the height of the negative part, from the top of the chart
     */
    public record Column(RatioWeeks.Week week, int x, int positiveY, int positiveHeight, int negativeHeight) {

        public boolean empty() {
            return week.empty();
        }
    }

    /** A date below a column, for every fourth week and the current one. */
    public record Label(RatioWeeks.Week week, int x) {
    }

    static RatioChart of(RatioWeeks counted) {
        List<RatioWeeks.Week> weeks = counted.weeks();
        int step = weeks.isEmpty() ? 0 : WIDTH / weeks.size();
        List<Column> columns = new ArrayList<>(weeks.size());
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            RatioWeeks.Week w = weeks.get(i);
            int x = i * step + (step - BAR) / 2;
            int positive = w.empty() ? 0 : (int) Math.round((double) HEIGHT * w.positives() / w.total());
            int negative = w.empty() ? 0 : HEIGHT - positive;
            columns.add(new Column(w, x, HEIGHT - positive, positive, negative));
            if (i % 4 == 0 || i == weeks.size() - 1) {
                labels.add(new Label(w, x + BAR / 2));
            }
        }
        return new RatioChart(List.copyOf(columns), List.copyOf(labels));
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int bar() {
        return BAR;
    }

    /** Where the reference line runs: five parts positive, one negative. */
    public int referenceY() {
        return (int) Math.round(HEIGHT - (double) HEIGHT * RatioWeeks.REFERENCE / (RatioWeeks.REFERENCE + 1));
    }

    /** Where one positive for each negative would reach. */
    public int evenY() {
        return HEIGHT / 2;
    }
}
