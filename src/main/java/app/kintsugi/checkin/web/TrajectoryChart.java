package app.kintsugi.checkin.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.kintsugi.checkin.Cutoff;
import app.kintsugi.checkin.Subscale;
import app.kintsugi.checkin.Trajectory;

/**
 * The geometry of one subscale's line chart, computed on the server so the page needs no script: the
 * person's scores, their moving average, the partner's shared scores, and milestones and setbacks as
 * vertical marks. Coordinates are in the SVG's own units ({@link #WIDTH} × {@link #HEIGHT});
 * {@link TrajectorySvg} draws it.
 */
record TrajectoryChart(String mine, String average, String partner, List<Dot> dots, List<Dot> partnerDots,
        List<YTick> yTicks, List<XTick> xTicks, List<Mark> marks, List<CutLine> cutoffs) {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 34;

    public record Dot(double x, double y, LocalDate week, double score) {
    }

    public record YTick(double y, String label) {
    }

    public record XTick(double x, LocalDate week) {
    }

    /** A milestone or setback on the chart, on the day it happened. */
    public record Mark(double x, boolean setback, String title, LocalDate on) {
    }

    /** A cut-off drawn across the chart at its height, for measures with published bands. */
    public record CutLine(double y, Cutoff cutoff) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public double plotLeft() {
        return LEFT;
    }

    public double plotRight() {
        return WIDTH - RIGHT;
    }

    public double plotBottom() {
        return HEIGHT - BOTTOM;
    }

    static TrajectoryChart of(Subscale s, List<Trajectory.Point> mine, List<Trajectory.Point> partner,
            List<Trajectory.Marker> markers) {
        List<LocalDate> weeks = new ArrayList<>();
        mine.forEach(p -> weeks.add(p.week()));
        partner.forEach(p -> weeks.add(p.week()));
        if (weeks.isEmpty()) {
            return new TrajectoryChart("", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        LocalDate first = weeks.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = weeks.stream().max(LocalDate::compareTo).orElseThrow();
        long span = Math.max(7, last.toEpochDay() - first.toEpochDay());
        Scale scale = new Scale(first, span, s.min(), s.max());
        List<Dot> dots = mine.stream().map(p -> new Dot(scale.x(p.week()), scale.y(p.score()), p.week(), p.score())).toList();
        List<Dot> partnerDots = partner.stream().map(p -> new Dot(scale.x(p.week()), scale.y(p.score()), p.week(), p.score())).toList();
        StringBuilder avg = new StringBuilder();
        for (Trajectory.Point p : mine) {
            avg.append(fmt(scale.x(p.week()))).append(',').append(fmt(scale.y(p.average()))).append(' ');
        }
        List<YTick> yTicks = new ArrayList<>();
        for (double v : new double[] {s.min(), (s.min() + s.max()) / 2, s.max()}) {
            yTicks.add(new YTick(scale.y(v), number(v)));
        }
        List<XTick> xTicks = new ArrayList<>();
        xTicks.add(new XTick(scale.x(first), first));
        if (!last.equals(first)) {
            xTicks.add(new XTick(scale.x(last), last));
        }
        List<Mark> marks = new ArrayList<>();
        for (Trajectory.Marker m : markers) {
            if (!m.on().isBefore(first) && !m.on().isAfter(last.plusDays(6))) {
                marks.add(new Mark(scale.x(m.on()), m.setback(), m.title(), m.on()));
            }
        }
        return new TrajectoryChart(points(dots), avg.toString().strip(), points(partnerDots), dots, partnerDots, yTicks, xTicks, marks,
                List.of());
    }

    /**
     * One person's scores with the subscale's cut-offs drawn across (those above its lowest score):
     * a measure as a counselor the person chose to show it to sees it.
     */
    static TrajectoryChart withCutoffs(Subscale s, List<Trajectory.Point> mine) {
        TrajectoryChart chart = of(s, mine, List.of(), List.of());
        if (mine.isEmpty()) {
            return chart;
        }
        Scale scale = new Scale(mine.getFirst().week(), 7, s.min(), s.max());
        List<CutLine> lines = s.cutoffs().stream().filter(c -> c.at() > s.min() && c.at() <= s.max())
                .map(c -> new CutLine(scale.y(c.at()), c)).toList();
        return new TrajectoryChart(chart.mine(), chart.average(), chart.partner(), chart.dots(), chart.partnerDots(), chart.yTicks(),
                chart.xTicks(), chart.marks(), lines);
    }

    private record Scale(LocalDate first, long span, double min, double max) {
        double x(LocalDate day) {
            double f = Math.min(1, Math.max(0, (day.toEpochDay() - first.toEpochDay()) / (double) span));
            return LEFT + f * (WIDTH - LEFT - RIGHT);
        }

        double y(double v) {
            double f = max == min ? 0.5 : (v - min) / (max - min);
            return TOP + (1 - f) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String points(List<Dot> dots) {
        StringBuilder b = new StringBuilder();
        for (Dot d : dots) {
            b.append(fmt(d.x())).append(',').append(fmt(d.y())).append(' ');
        }
        return b.toString().strip();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
