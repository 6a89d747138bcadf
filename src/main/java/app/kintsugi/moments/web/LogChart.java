package app.kintsugi.moments.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import app.kintsugi.moments.LogSummary;
import app.kintsugi.platform.web.Svg;

/**
 * The drawing of a person's log over the weeks: one bar a week for how many hard moments came, its
 * height against the busiest week (at least four, so one moment does not fill the chart). {@link #svg}
 * writes the markup the page inserts; colours come from the stylesheet.
 */
record LogChart(int width, int height, int bar, List<Column> columns) {

    static final int WIDTH = 320;
    static final int HEIGHT = 120;
    private static final int MIN_SCALE = 4;

    record Column(LogSummary.Week week, int x, int y, int barHeight, int labelX) {
    }

    static LogChart of(LogSummary summary) {
        int n = summary.weeks().size();
        int slot = WIDTH / n;
        int bar = Math.max(8, slot * 3 / 5);
        int scale = Math.max(MIN_SCALE, summary.maxCount());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LogSummary.Week w = summary.weeks().get(i);
            int h = w.count() == 0 ? 0 : Math.max(3, Math.round((float) w.count() * HEIGHT / scale));
            int x = i * slot + (slot - bar) / 2;
            columns.add(new Column(w, x, HEIGHT - h, h, x + bar / 2));
        }
        return new LogChart(WIDTH, HEIGHT, bar, columns);
    }

    /** The chart as SVG, described by the sentence above it on the page ({@code weeks-summary}). */
    String svg(MessageSource messages, Locale locale) {
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern(messages.getMessage("format.dayMonth", null, locale), locale);
        Svg svg = new Svg(1024 + 400 * columns.size());
        svg.start("svg", "viewBox", "0 -16 " + width + " " + (height + 40), "aria-describedby", "weeks-summary", "role", "img",
                "class", "trend-svg moments-svg", "xmlns", "http://www.w3.org/2000/svg");
        svg.text("title", messages.getMessage("moments.weeks.chartTitle", null, locale));
        svg.empty("line", "x1", 0, "y1", height, "x2", width, "y2", height, "class", "grid", "stroke", "currentColor",
                "stroke-opacity", "0.3");
        for (Column col : columns) {
            svg.start("g");
            if (col.barHeight() > 0) {
                svg.empty("rect", "x", col.x(), "y", col.y(), "width", bar, "height", col.barHeight(), "class", "moments-bar",
                        "fill", "currentColor", "rx", "2");
            }
            if (col.week().count() > 0) {
                svg.text("text", String.valueOf(col.week().count()), "x", col.labelX(), "y", col.y() - 4, "text-anchor", "middle",
                        "class", "moments-axis", "font-size", "11", "fill", "currentColor");
            }
            svg.text("text", dayMonth.format(col.week().start()), "x", col.labelX(), "y", height + 16, "text-anchor", "middle",
                    "class", "moments-axis", "font-size", "10", "fill", "currentColor");
            svg.end("g");
        }
        return svg.end("svg").toString();
    }
}
