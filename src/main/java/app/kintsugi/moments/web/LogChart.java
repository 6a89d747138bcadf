package app.kintsugi.moments.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.moments.LogSummary;

/**
 * The drawing of a person's log over the weeks: one bar a week for how many hard moments came, its
 * height against the busiest week (at least four, so one moment does not fill the chart).
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
}
