package app.kintsugi.trust.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import app.kintsugi.platform.web.SvgDom;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Consistency;
import app.kintsugi.trust.DayRecord;
import app.kintsugi.trust.Outcome;
import app.kintsugi.trust.Schedule;

/** A commitment's heat map and trend drawn as SVG, without Spring: cells, months, points, titles and escaping. */
class HeatMapSvgTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("format.date", Locale.ENGLISH, "d MMMM yyyy");
        for (HeatMap.State s : HeatMap.State.values()) {
            m.addMessage("record.state." + s.name(), Locale.ENGLISH, s.name().toLowerCase(Locale.ROOT));
        }
        m.addMessage("record.state.KEPT", Locale.ENGLISH, "kept <&> \"yes\"");
        m.addMessage("record.trend.point", Locale.ENGLISH, "Week of {0}: {1} per cent kept");
        return m;
    }

    /** Kept on Saturday, partly on Sunday, not kept on Monday, seen differently on Tuesday, nothing yet today. */
    private static HeatMap heatMap() {
        List<DayRecord> days = List.of(new DayRecord(TODAY.minusDays(4), Outcome.KEPT, Confirmation.CONFIRMED),
                new DayRecord(TODAY.minusDays(3), Outcome.PARTLY, null), new DayRecord(TODAY.minusDays(2), Outcome.NOT_KEPT, null),
                new DayRecord(TODAY.minusDays(1), Outcome.KEPT, Confirmation.DISPUTED));
        return HeatMap.of(days, Schedule.daily(TODAY.minusDays(4), null), TODAY, 26, Consistency.of(days, TODAY));
    }

    @Test
    void aCellForEveryDayOfTheWeeksSinceTheStartInItsStatesClassWithItsDateAndStateAsTitle() {
        String drawn = heatMap().daysSvg(messages(), Locale.ENGLISH);
        assertThat(drawn).contains("kept &lt;&amp;&gt; &quot;yes&quot;").doesNotContain("<&>");
        SvgDom svg = SvgDom.of(drawn);

        // Two weeks of 15 units a column: 30 wide, 105 high, shown at seven fifths.
        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 -16 32 123");
        assertThat(svg.root().getAttribute("width")).isEqualTo("44");
        assertThat(svg.root().getAttribute("height")).isEqualTo("172");
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.root().getAttribute("aria-labelledby")).isEqualTo("heatmap-heading heatmap-summary");
        assertThat(svg.root().getAttribute("class")).isEqualTo("heatmap-svg");
        assertThat(svg.root().getAttribute("preserveAspectRatio")).isEqualTo("xMinYMin meet");
        assertThat(svg.texts("/svg/text[@class='heatmap-month']")).containsExactly("Nov");
        assertThat(svg.attributes("/svg/text[@class='heatmap-month']", "y")).containsExactly("-5");

        assertThat(svg.all("/svg/rect")).hasSize(14);
        assertThat(svg.attributes("/svg/rect", "width")).containsOnly("12");
        assertThat(svg.attributes("/svg/rect", "rx")).containsOnly("2");
        assertThat(svg.attributes("/svg/rect", "class")).containsExactly(
                "cell cell-not_due", "cell cell-not_due", "cell cell-not_due", "cell cell-not_due", "cell cell-not_due",
                "cell cell-kept", "cell cell-partly",
                "cell cell-not_kept", "cell cell-disputed", "cell cell-future", "cell cell-future", "cell cell-future",
                "cell cell-future", "cell cell-future");
        assertThat(svg.one("/svg/rect[@x='0' and @y='75']").getTextContent()).isEqualTo("21 November 2026: kept <&> \"yes\"");
        assertThat(svg.one("/svg/rect[@x='15' and @y='30']").getTextContent()).as("today, not over yet")
                .isEqualTo("25 November 2026: future");
        assertThat(svg.one("/svg/rect[@x='15' and @y='15']/title").getTextContent()).isEqualTo("24 November 2026: disputed");
    }

    @Test
    void theTrendHasItsGridItsLineAndAPointForEachWeekWithAnswers() {
        HeatMap h = heatMap();
        SvgDom svg = SvgDom.of(h.trendSvg(messages(), Locale.ENGLISH));

        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("-8 -8 346 116");
        assertThat(svg.root().getAttribute("aria-labelledby")).isEqualTo("trend-heading trend-summary");
        assertThat(svg.root().getAttribute("class")).isEqualTo("trend-svg");
        assertThat(svg.attributes("/svg/line[@class='grid']", "y1")).containsExactly("0", "50", "100");
        assertThat(svg.attributes("/svg/line[@class='grid']", "x2")).containsOnly("330");
        assertThat(h.trend()).hasSize(2);
        assertThat(svg.one("/svg/polyline[@class='trend-line']").getAttribute("points")).isEqualTo(h.trendPoints())
                .isEqualTo(h.trend().get(0).x() + "," + h.trend().get(0).y() + " " + h.trend().get(1).x() + "," + h.trend().get(1).y());
        assertThat(svg.attributes("/svg/circle[@class='trend-point']", "cx")).containsExactly("0", "330");
        assertThat(svg.attributes("/svg/circle[@class='trend-point']", "cy"))
                .containsExactly(String.valueOf(h.trend().get(0).y()), String.valueOf(h.trend().get(1).y()));
        assertThat(svg.attributes("/svg/circle", "r")).containsOnly("4");
        assertThat(svg.texts("/svg/circle/title")).containsExactly(
                "Week of 16 November 2026: " + h.trend().get(0).percent() + " per cent kept",
                "Week of 23 November 2026: " + h.trend().get(1).percent() + " per cent kept");
    }

    @Test
    void aTrendWithoutAnswersHasNoLine() {
        List<DayRecord> none = List.of();
        HeatMap h = HeatMap.of(none, Schedule.daily(TODAY.minusDays(20), null), TODAY, 26, Consistency.of(none, TODAY));
        SvgDom svg = SvgDom.of(h.trendSvg(messages(), Locale.ENGLISH));
        assertThat(svg.all("/svg/polyline")).isEmpty();
        assertThat(svg.all("/svg/circle")).isEmpty();
        assertThat(svg.all("/svg/line")).hasSize(3);
    }
}
