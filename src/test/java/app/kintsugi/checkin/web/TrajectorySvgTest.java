package app.kintsugi.checkin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import app.kintsugi.checkin.Cutoff;
import app.kintsugi.checkin.Scoring;
import app.kintsugi.checkin.Subscale;
import app.kintsugi.checkin.Trajectory;
import app.kintsugi.platform.web.SvgDom;

/** One subscale's trajectory drawn as SVG, without Spring: lines, dots, ticks, marks, cut-offs and escaping. */
class TrajectorySvgTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 5);
    private static final Subscale TRUST = new Subscale("trust", List.of("a"), Scoring.MEAN, 1, 5, 0.8, true, List.of());
    private static final String WRITTEN = "<b>\"Hard\" week</b> & more";

    private final TrajectorySvg drawer = new TrajectorySvg(messages());

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            m.addMessage("format.date", l, "d MMMM yyyy");
            m.addMessage("trajectory.chart.label", l, "{0}, week by week");
        }
        return m;
    }

    private static Trajectory.Point point(int week, double score, double average) {
        return new Trajectory.Point(FIRST.plusWeeks(week), score, average, null, null);
    }

    private static Trajectory.Series series() {
        return new Trajectory.Series(TRUST, List.of(point(0, 2, 2), point(1, 3, 2.5), point(2, 5, 10 / 3.0)),
                List.of(point(0, 4, 4), point(2, 3, 3.5)));
    }

    @Test
    void bothLinesTheAverageAndADotForEveryScoreSitWhereTheScoresAre() {
        TrajectorySvg.Drawn drawn = drawer.draw(series(), List.of(), false, "Trust <in> you", Locale.ENGLISH);
        SvgDom svg = SvgDom.of(drawn.svg());

        assertThat(svg.root().getTagName()).isEqualTo("svg");
        assertThat(svg.root().getAttribute("class")).isEqualTo("trajectory-svg");
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 640 220");
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.root().getAttribute("aria-label")).isEqualTo("Trust <in> you, week by week");
        // Two weeks apart: x from 44 to 624; 1 to 5 from y 186 up to 12.
        assertThat(svg.one("/svg/polyline[@class='line-mine']").getAttribute("points")).isEqualTo("44.0,142.5 334.0,99.0 624.0,12.0");
        assertThat(svg.one("/svg/polyline[@class='line-average']").getAttribute("points")).isEqualTo("44.0,142.5 334.0,120.8 624.0,84.5");
        assertThat(svg.one("/svg/polyline[@class='line-partner']").getAttribute("points")).isEqualTo("44.0,55.5 624.0,99.0");
        assertThat(svg.attributes("/svg/circle[@class='dot-mine']", "cx")).containsExactly("44.0", "334.0", "624.0");
        assertThat(svg.attributes("/svg/circle[@class='dot-mine']", "cy")).containsExactly("142.5", "99.0", "12.0");
        assertThat(svg.attributes("/svg/circle[@class='dot-mine']", "r")).containsOnly("3.5");
        assertThat(svg.texts("/svg/circle[@class='dot-mine']/title")).containsExactly("5 January 2026: 2.0", "12 January 2026: 3.0",
                "19 January 2026: 5.0");
        assertThat(svg.texts("/svg/circle[@class='dot-partner']/title")).containsExactly("5 January 2026: 4.0", "19 January 2026: 3.0");
        assertThat(svg.attributes("/svg/circle[@class='dot-partner']", "r")).containsOnly("3");

        // The scale's ends and middle on the left, the first and last week below.
        assertThat(svg.texts("/svg/g[@class='axis']/text[@x='38.0']")).containsExactly("1", "3", "5");
        assertThat(svg.attributes("/svg/g[@class='axis']/text[@x='38.0']", "text-anchor")).containsOnly("end");
        assertThat(svg.attributes("/svg/g[@class='axis']/text[@x='38.0']", "y")).containsExactly("190.0", "103.0", "16.0");
        assertThat(svg.attributes("/svg/g[@class='axis']/line[@class='grid']", "y1")).containsExactly("186.0", "99.0", "12.0");
        assertThat(svg.texts("/svg/g[@class='axis']/text[@y='210']")).containsExactly("5 Jan", "19 Jan");
        assertThat(svg.attributes("/svg/g[@class='axis']/text[@y='210']", "text-anchor")).containsExactly("start", "end");
        assertThat(svg.all("/svg/g[@class='cutoffs']")).isEmpty();
        assertThat(svg.all("/svg/g[@class='marks']/*")).isEmpty();
        assertThat(drawn.marked()).isFalse();
    }

    @Test
    void theLocaleWritesDatesAndDecimals() {
        SvgDom svg = SvgDom.of(drawer.draw(series(), List.of(), false, "Confianza", Locale.forLanguageTag("es")).svg());
        assertThat(svg.texts("/svg/circle[@class='dot-mine']/title")).first().isEqualTo("5 enero 2026: 2,0");
        assertThat(svg.root().getAttribute("aria-label")).isEqualTo("Confianza, week by week");
    }

    @Test
    void milestonesAndSetbacksWithinTheWeeksAreMarkedWithWhatWasWrittenAsText() {
        List<Trajectory.Marker> markers = List.of(new Trajectory.Marker(FIRST.plusWeeks(1), true, WRITTEN),
                new Trajectory.Marker(FIRST.plusDays(10), false, "A calm talk"),
                new Trajectory.Marker(FIRST.minusDays(1), false, "Before the first score"),
                new Trajectory.Marker(FIRST.plusWeeks(3), false, "After the last week"));
        TrajectorySvg.Drawn drawn = drawer.draw(series(), markers, false, "Trust", Locale.ENGLISH);

        assertThat(drawn.svg()).doesNotContain("<b>").contains("&lt;b&gt;").contains("&amp; more");
        SvgDom svg = SvgDom.of(drawn.svg());
        assertThat(svg.attributes("/svg/g[@class='marks']/line", "class")).containsExactly("mark-setback", "mark-milestone");
        assertThat(svg.attributes("/svg/g[@class='marks']/line", "x1")).containsExactly("334.0", String.valueOf(44 + 10 / 14.0 * 580));
        assertThat(svg.attributes("/svg/g[@class='marks']/line", "y1")).containsOnly("12");
        assertThat(svg.attributes("/svg/g[@class='marks']/line", "y2")).containsOnly("186.0");
        assertThat(svg.texts("/svg/g[@class='marks']/line/title")).containsExactly("12 January 2026: " + WRITTEN,
                "15 January 2026: A calm talk");
        assertThat(drawn.marked()).isTrue();
    }

    @Test
    void aMeasureShownToACounselorHasItsCutOffsAcrossAndNoPartnerLine() {
        Subscale phq = new Subscale("total", List.of("a"), Scoring.SUM, 0, 27, 6, false,
                List.of(new Cutoff(0, Map.of("en", "None")), new Cutoff(5, Map.of("en", "Mild")),
                        new Cutoff(10, Map.of("en", "Moderate <&> \"so\"", "es", "Moderado"))));
        Trajectory.Series s = new Trajectory.Series(phq, List.of(point(0, 4, 4), point(3, 12, 8)), List.of());
        SvgDom svg = SvgDom.of(drawer.draw(s, List.of(new Trajectory.Marker(FIRST, true, "not for a counselor")), true, "Total",
                Locale.ENGLISH).svg());

        assertThat(svg.texts("/svg/g[@class='cutoffs']/text[@class='cutoff-label']")).as("the cut-off at the lowest score is no line")
                .containsExactly("Mild", "Moderate <&> \"so\"");
        assertThat(svg.attributes("/svg/g[@class='cutoffs']/line[@class='cutoff-line']", "y1"))
                .containsExactly(String.valueOf(12 + (1 - 5 / 27.0) * 174), String.valueOf(12 + (1 - 10 / 27.0) * 174));
        assertThat(svg.attributes("/svg/g[@class='cutoffs']/text", "x")).containsOnly("624.0");
        assertThat(svg.all("/svg/polyline[@class='line-partner']")).isEmpty();
        assertThat(svg.all("/svg/g[@class='marks']/*")).as("a counselor's chart has no shared timeline").isEmpty();
        assertThat(SvgDom.of(drawer.draw(s, List.of(), true, "Total", Locale.forLanguageTag("es")).svg())
                .texts("/svg/g[@class='cutoffs']/text")).containsExactly("Mild", "Moderado");
    }

    @Test
    void noScoresYetDrawEmptyLinesAndNoDots() {
        Trajectory.Series none = new Trajectory.Series(TRUST, List.of(), List.of());
        TrajectorySvg.Drawn drawn = drawer.draw(none, List.of(), false, "Trust", Locale.ENGLISH);
        SvgDom svg = SvgDom.of(drawn.svg());
        assertThat(svg.one("/svg/polyline[@class='line-mine']").getAttribute("points")).isEmpty();
        assertThat(svg.all("/svg/circle")).isEmpty();
        assertThat(svg.all("/svg/g[@class='axis']/*")).isEmpty();
        assertThat(drawn.marked()).isFalse();
    }
}
