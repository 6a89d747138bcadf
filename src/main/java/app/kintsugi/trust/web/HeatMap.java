package app.kintsugi.trust.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import app.kintsugi.platform.web.Svg;
import app.kintsugi.trust.Consistency;
import app.kintsugi.trust.DayRecord;
import app.kintsugi.trust.Schedule;

/**
 * The calendar heat map of a commitment: one cell per day, a column per week (Monday on top), for
 * the weeks since the commitment started (at most the last {@code weeks}), ready to be drawn as SVG. Also the trend line of the weekly kept
 * rate. {@link #daysSvg} and {@link #trendSvg} write the markup the page inserts; colours come from
 * the stylesheet so both themes work.
 */
public record HeatMap(List<Cell> cells, int columns, List<Month> months, String trendPoints, List<TrendPoint> trend,
        List<Consistency.Week> trendWeeks) {

    public static final int CELL = 12;
    public static final int GAP = 3;
    public static final int TREND_WIDTH = 330;
    public static final int TREND_HEIGHT = 100;

    public enum State {
        KEPT, PARTLY, NOT_KEPT, DISPUTED, UNKNOWN, NOT_DUE, FUTURE;

        private final String css = "cell cell-" + name().toLowerCase(java.util.Locale.ROOT);

        /** The stylesheet classes of a day in this state. */
        public String css() {
            return css;
        }
    }

    public record Cell(LocalDate day, int x, int y, State state) {
    }

    /** A month label above the column where the month starts. */
    public record Month(LocalDate first, int x) {
    }

    public record TrendPoint(LocalDate monday, int x, int y, int percent) {
    }

    public static HeatMap of(List<DayRecord> days, Schedule schedule, LocalDate today, int weeks, Consistency consistency) {
        Map<LocalDate, DayRecord> byDay = new HashMap<>(days.size() * 2);
        for (DayRecord d : days) {
            byDay.put(d.day(), d);
        }
        // From the week the commitment starts, at most {@code weeks} back: never weeks of empty squares before it.
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate startMonday = schedule.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(weeks - 1L);
        if (startMonday.isAfter(firstMonday)) {
            firstMonday = startMonday.isAfter(thisMonday) ? thisMonday : startMonday;
        }
        weeks = (int) (java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, thisMonday) + 1);
        List<Cell> cells = new ArrayList<>(weeks * 7);
        List<Month> months = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = firstMonday.plusDays(w * 7L + d);
                if (day.getDayOfMonth() == 1 || w == 0 && d == 0) {
                    months.add(new Month(day, w * (CELL + GAP)));
                }
                State state;
                if (day.isAfter(today)) {
                    state = State.FUTURE;
                } else if (!schedule.dueOn(day)) {
                    state = State.NOT_DUE;
                } else {
                    DayRecord r = byDay.get(day);
                    // Today unanswered is not "not answered" yet: the day is still going on.
                    state = (r == null || !r.answered()) && day.equals(today) ? State.FUTURE
                            : r == null || !r.answered() ? State.UNKNOWN
                            : r.disputed() ? State.DISPUTED
                            : switch (r.outcome()) {
                                case KEPT -> State.KEPT;
                                case PARTLY -> State.PARTLY;
                                case NOT_KEPT -> State.NOT_KEPT;
                            };
                }
                cells.add(new Cell(day, w * (CELL + GAP), d * (CELL + GAP), state));
            }
        }
        // Keep month labels at least three columns apart so they never overlap.
        List<Month> spaced = new ArrayList<>();
        for (Month m : months) {
            if (spaced.isEmpty() || m.x() - spaced.get(spaced.size() - 1).x() >= 3 * (CELL + GAP)) {
                spaced.add(m);
            }
        }
        List<TrendPoint> trend = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        LocalDate trendFrom = startMonday;
        List<Consistency.Week> ws = consistency.weeks().stream().filter(w -> !w.monday().isBefore(trendFrom)).toList();
        int step = ws.size() > 1 ? TREND_WIDTH / (ws.size() - 1) : 0;
        for (int i = 0; i < ws.size(); i++) {
            Consistency.Week week = ws.get(i);
            if (week.keptRate().isPresent()) {
                double rate = week.keptRate().getAsDouble();
                int x = i * step;
                int y = (int) Math.round(TREND_HEIGHT - rate * TREND_HEIGHT);
                trend.add(new TrendPoint(week.monday(), x, y, (int) Math.round(rate * 100)));
                if (!points.isEmpty()) {
                    points.append(' ');
                }
                points.append(x).append(',').append(y);
            }
        }
        return new HeatMap(List.copyOf(cells), weeks, List.copyOf(spaced), points.toString(), List.copyOf(trend), ws);
    }

    public int trendWidth() {
        return TREND_WIDTH;
    }

    public int trendHeight() {
        return TREND_HEIGHT;
    }

    public int width() {
        return columns * (CELL + GAP);
    }

    public int height() {
        return 7 * (CELL + GAP);
    }

    /**
     * The heat map as SVG, labelled by the heading and summary around it on the page; each day says
     * its date and state when hovered ("25 November 2026: kept").
     */
    public String daysSvg(MessageSource messages, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
        Map<State, String> states = new EnumMap<>(State.class);
        for (State state : State.values()) {
            states.put(state, messages.getMessage("record.state." + state.name(), null, locale));
        }
        Svg svg = new Svg(512 + 150 * cells.size());
        svg.start("svg", "viewBox", "0 -16 " + (width() + 2) + " " + (height() + 18), "width", (width() + 2) * 7 / 5,
                "height", (height() + 18) * 7 / 5, "role", "img", "aria-labelledby", "heatmap-heading heatmap-summary",
                "class", "heatmap-svg", "preserveAspectRatio", "xMinYMin meet");
        for (Month m : months) {
            svg.text("text", month.format(m.first()), "x", m.x(), "y", "-5", "class", "heatmap-month");
        }
        for (Cell cell : cells) {
            svg.start("rect", "x", cell.x(), "y", cell.y(), "class", cell.state().css(), "width", CELL, "height", CELL, "rx", "2");
            svg.text("title", date.format(cell.day()) + ": " + states.get(cell.state()));
            svg.end("rect");
        }
        return svg.end("svg").toString();
    }

    /** The trend of the weekly kept rate as SVG, labelled by the heading and summary around it on the page. */
    public String trendSvg(MessageSource messages, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
        Svg svg = new Svg(512 + 200 * trend.size());
        svg.start("svg", "viewBox", "-8 -8 " + (TREND_WIDTH + 16) + " " + (TREND_HEIGHT + 16), "role", "img",
                "aria-labelledby", "trend-heading trend-summary", "class", "trend-svg");
        for (int y : new int[] {0, TREND_HEIGHT / 2, TREND_HEIGHT}) {
            svg.empty("line", "x1", 0, "y1", y, "x2", TREND_WIDTH, "y2", y, "class", "grid");
        }
        if (!trendPoints.isEmpty()) {
            svg.empty("polyline", "points", trendPoints, "class", "trend-line");
        }
        for (TrendPoint p : trend) {
            svg.start("circle", "cx", p.x(), "cy", p.y(), "r", "4", "class", "trend-point");
            svg.text("title", messages.getMessage("record.trend.point", new Object[] {date.format(p.monday()), p.percent()}, locale));
            svg.end("circle");
        }
        return svg.end("svg").toString();
    }
}
