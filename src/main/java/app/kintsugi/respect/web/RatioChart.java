package app.kintsugi.respect.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import app.kintsugi.platform.web.Svg;
import app.kintsugi.respect.RatioWeeks;

/**
 * The geometry of the ratio chart, ready to be drawn as SVG: one column per week, split into the
 * share of positive moments (from the bottom) and of negative ones (above it), with the reference
 * line where five positive moments meet one negative one. A column reaching the line is a week at
 * about five to one; a week with nothing counted has no column. Colours come from the stylesheet.
 * Drawing is the page's business: the counts come from {@link RatioWeeks}, and {@link #svg} writes
 * the markup the page inserts.
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

    /**
     * The chart as SVG, labelled by the heading and the caption around it on the page (their ids
     * begin with {@code prefix}).
     */
    String svg(String prefix, MessageSource messages, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern(messages.getMessage("format.dayMonth", null, locale), locale);
        Svg svg = new Svg(1024 + 320 * columns.size());
        svg.start("svg", "viewBox", "-4 -6 " + (WIDTH + 56) + " " + (HEIGHT + 30),
                "aria-labelledby", prefix + "-chart-heading " + prefix + "-chart-summary", "role", "img", "class", "trend-svg ratio-svg");
        for (int y : new int[] {0, evenY(), HEIGHT}) {
            svg.empty("line", "x1", 0, "y1", y, "x2", WIDTH, "y2", y, "class", "grid", "stroke", "currentColor", "stroke-opacity", "0.2");
        }
        for (Column col : columns) {
            if (col.empty()) {
                continue;
            }
            RatioWeeks.Week w = col.week();
            svg.start("g", "class", "ratio-week");
            svg.text("title", messages.getMessage("ratio.chart.column",
                    new Object[] {date.format(w.monday()), w.positives(), w.negatives()}, locale));
            if (col.negativeHeight() > 0) {
                svg.empty("rect", "x", col.x(), "width", BAR, "height", col.negativeHeight(), "y", 0,
                        "class", "ratio-bar ratio-negative", "fill", "currentColor", "fill-opacity", "0.3");
            }
            if (col.positiveHeight() > 0) {
                svg.empty("rect", "x", col.x(), "y", col.positiveY(), "width", BAR, "height", col.positiveHeight(),
                        "class", "ratio-bar ratio-positive", "fill", "currentColor");
            }
            svg.end("g");
        }
        svg.empty("line", "x1", 0, "y1", referenceY(), "x2", WIDTH, "y2", referenceY(), "class", "ratio-reference",
                "stroke", "currentColor", "stroke-width", "1.5", "stroke-dasharray", "6 4");
        svg.text("text", messages.getMessage("ratio.chart.reference", null, locale), "x", WIDTH + 6, "y", referenceY() + 4,
                "class", "ratio-axis", "font-size", "11", "fill", "currentColor");
        svg.text("text", messages.getMessage("ratio.chart.even", null, locale), "x", WIDTH + 6, "y", evenY() + 4,
                "class", "ratio-axis", "font-size", "11", "fill", "currentColor");
        for (Label l : labels) {
            svg.text("text", dayMonth.format(l.week().monday()), "x", l.x(), "y", HEIGHT + 18, "text-anchor", "middle",
                    "class", "ratio-axis", "font-size", "11", "fill", "currentColor");
        }
        return svg.end("svg").toString();
    }
}
