package app.kintsugi.checkin.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.kintsugi.checkin.Trajectory;
import app.kintsugi.platform.web.Svg;

/**
 * Draws one subscale's trajectory as SVG for the fragment {@code checkin/series}, which a person's
 * own trajectory and their counselor's pages share: the fragment calls it as
 * {@code @trajectorySvg.draw(…)}, so the counselor's pages need no part of this module's pages.
 * Colours come from the stylesheet through the class names, so both themes work.
 */
@Component
@RequiredArgsConstructor
class TrajectorySvg {

    private final MessageSource messages;

    /**
     * A drawn chart and whether it shows milestones or setbacks (the legend names them only then).
     */
    record Drawn(String svg, boolean marked) {
    }

    /**
     * @param markers  milestones and setbacks to place where they fall within the scores' weeks
     * @param cutoffs  whether to draw the subscale's cut-offs across (a measure shown to a counselor)
     * @param subscale the subscale's name as the page shows it
     */
    public Drawn draw(Trajectory.Series series, List<Trajectory.Marker> markers, boolean cutoffs, String subscale, Locale locale) {
        TrajectoryChart chart = cutoffs ? TrajectoryChart.withCutoffs(series.subscale(), series.mine())
                : TrajectoryChart.of(series.subscale(), series.mine(), series.partner(), markers);
        String label = messages.getMessage("trajectory.chart.label", new Object[] {subscale}, locale);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
        return new Drawn(svg(chart, label, date, locale), !chart.marks().isEmpty());
    }

    static String svg(TrajectoryChart c, String label, DateTimeFormatter date, Locale locale) {
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", locale);
        Svg svg = new Svg(2048 + 160 * (c.dots().size() + c.partnerDots().size()));
        svg.start("svg", "class", "trajectory-svg", "viewBox", "0 0 " + c.width() + " " + c.height(), "role", "img",
                "aria-label", label);

        svg.start("g", "class", "axis");
        for (TrajectoryChart.YTick tick : c.yTicks()) {
            svg.empty("line", "x1", c.plotLeft(), "x2", c.plotRight(), "y1", tick.y(), "y2", tick.y(), "class", "grid");
            svg.text("text", tick.label(), "x", c.plotLeft() - 6, "y", tick.y() + 4, "text-anchor", "end");
        }
        List<TrajectoryChart.XTick> xTicks = c.xTicks();
        for (int i = 0; i < xTicks.size(); i++) {
            TrajectoryChart.XTick tick = xTicks.get(i);
            String anchor = i == 0 ? "start" : i == xTicks.size() - 1 ? "end" : "middle";
            svg.text("text", dayMonth.format(tick.week()), "x", tick.x(), "y", c.height() - 10, "text-anchor", anchor);
        }
        svg.end("g");

        if (!c.cutoffs().isEmpty()) {
            svg.start("g", "class", "cutoffs");
            for (TrajectoryChart.CutLine line : c.cutoffs()) {
                svg.empty("line", "x1", c.plotLeft(), "x2", c.plotRight(), "y1", line.y(), "y2", line.y(), "class", "cutoff-line");
                svg.text("text", line.cutoff().label(locale), "x", c.plotRight(), "y", line.y() - 3, "text-anchor", "end",
                        "class", "cutoff-label");
            }
            svg.end("g");
        }

        svg.start("g", "class", "marks");
        for (TrajectoryChart.Mark m : c.marks()) {
            svg.start("line", "x1", m.x(), "x2", m.x(), "y1", 12, "y2", c.plotBottom(), "class",
                    m.setback() ? "mark-setback" : "mark-milestone");
            svg.text("title", date.format(m.on()) + ": " + m.title());
            svg.end("line");
        }
        svg.end("g");

        if (!c.partner().isEmpty()) {
            svg.empty("polyline", "class", "line-partner", "points", c.partner());
        }
        svg.empty("polyline", "class", "line-average", "points", c.average());
        svg.empty("polyline", "class", "line-mine", "points", c.mine());
        dots(svg, c.dots(), "dot-mine", "3.5", date, locale);
        dots(svg, c.partnerDots(), "dot-partner", "3", date, locale);
        return svg.end("svg").toString();
    }

    private static void dots(Svg svg, List<TrajectoryChart.Dot> dots, String css, String r, DateTimeFormatter date, Locale locale) {
        for (TrajectoryChart.Dot d : dots) {
            svg.start("circle", "class", css, "r", r, "cx", d.x(), "cy", d.y());
            svg.text("title", date.format(d.week()) + ": " + score(d.score(), locale));
            svg.end("circle");
        }
    }

    /** A score with one decimal in the locale's way, as the table beside the chart writes it. */
    static String score(double score, Locale locale) {
        return org.thymeleaf.util.NumberUtils.format(score, 1, 1, locale);
    }
}
