package app.kintsugi.respect.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import app.kintsugi.platform.web.SvgDom;
import app.kintsugi.respect.RatioWeeks;

/** The ratio chart's geometry and its SVG, without Spring: columns, labels, the reference line and escaping. */
class RatioChartTest {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 23);

    @Test
    void aWeekWithNothingCountedHasNoColumn() {
        assertThat(RatioChart.of(weeks(new int[12], new int[12])).columns()).hasSize(12)
                .allMatch(c -> c.empty() && c.positiveHeight() == 0 && c.negativeHeight() == 0);

        int[] positives = new int[12];
        positives[1] = 1;
        assertThat(RatioChart.of(weeks(positives, new int[12])).columns().stream().filter(c -> !c.empty())).hasSize(1);
    }

    @Test
    void fiveToOneReachesTheReferenceLineExactly() {
        int[] positives = new int[12];
        int[] negatives = new int[12];
        positives[11] = 5;
        negatives[11] = 1;
        positives[10] = 10;
        negatives[10] = 1;
        positives[9] = 1;
        negatives[9] = 1;
        RatioChart chart = RatioChart.of(weeks(positives, negatives));

        assertThat(chart.referenceY()).as("five sixths of the way up").isEqualTo(RatioChart.HEIGHT / 6);
        RatioChart.Column fiveToOne = chart.columns().get(11);
        assertThat(fiveToOne.positiveY()).isEqualTo(chart.referenceY());
        assertThat(fiveToOne.positiveHeight() + fiveToOne.negativeHeight()).isEqualTo(RatioChart.HEIGHT);
        assertThat(chart.columns().get(10).positiveY()).as("ten to one reaches above the line").isLessThan(chart.referenceY());
        assertThat(chart.columns().get(9).positiveY()).as("one to one reaches the middle").isEqualTo(chart.evenY());
        assertThat(chart.labels()).extracting(l -> l.week().monday()).containsExactly(FIRST_MONDAY,
                LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 18), LocalDate.of(2026, 6, 8));
    }

    @Test
    void theSvgHasAColumnForEachWeekWithMomentsItsPartsTheLinesAndTheDates() {
        int[] positives = new int[12];
        int[] negatives = new int[12];
        negatives[3] = 2;
        positives[9] = 1;
        negatives[9] = 1;
        positives[10] = 10;
        negatives[10] = 1;
        positives[11] = 5;
        negatives[11] = 1;
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("format.date", Locale.ENGLISH, "d MMMM yyyy");
        messages.addMessage("format.dayMonth", Locale.ENGLISH, "d MMM");
        messages.addMessage("ratio.chart.column", Locale.ENGLISH, "Week of {0}: {1} positive, {2} negative");
        messages.addMessage("ratio.chart.reference", Locale.ENGLISH, "5 <to> 1");
        messages.addMessage("ratio.chart.even", Locale.ENGLISH, "1 & \"1\"");

        String drawn = RatioChart.of(weeks(positives, negatives)).svg("mine", messages, Locale.ENGLISH);
        assertThat(drawn).contains("5 &lt;to&gt; 1").contains("1 &amp; &quot;1&quot;");
        SvgDom svg = SvgDom.of(drawn);

        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("-4 -6 416 150");
        assertThat(svg.root().getAttribute("aria-labelledby")).isEqualTo("mine-chart-heading mine-chart-summary");
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.root().getAttribute("class")).isEqualTo("trend-svg ratio-svg");
        assertThat(svg.attributes("/svg/line[@class='grid']", "y1")).containsExactly("0", "60", "120");
        assertThat(svg.attributes("/svg/line[@class='grid']", "x2")).containsOnly("360");
        // Weeks without moments have no column; a column's parts share its left edge.
        assertThat(svg.texts("/svg/g[@class='ratio-week']/title")).containsExactly(
                "Week of 13 April 2026: 0 positive, 2 negative", "Week of 25 May 2026: 1 positive, 1 negative",
                "Week of 1 June 2026: 10 positive, 1 negative", "Week of 8 June 2026: 5 positive, 1 negative");
        assertThat(svg.attributes("/svg/g/rect[@class='ratio-bar ratio-negative']", "x")).containsExactly("96", "276", "306", "336");
        assertThat(svg.attributes("/svg/g/rect[@class='ratio-bar ratio-negative']", "height")).containsExactly("120", "60", "11", "20");
        assertThat(svg.attributes("/svg/g/rect[@class='ratio-bar ratio-negative']", "y")).containsOnly("0");
        assertThat(svg.attributes("/svg/g/rect[@class='ratio-bar ratio-positive']", "x")).containsExactly("276", "306", "336");
        assertThat(svg.attributes("/svg/g/rect[@class='ratio-bar ratio-positive']", "y")).containsExactly("60", "11", "20");
        assertThat(svg.attributes("/svg/g/rect[@class='ratio-bar ratio-positive']", "height")).containsExactly("60", "109", "100");
        assertThat(svg.attributes("/svg/g/rect", "width")).containsOnly("18");
        assertThat(svg.one("/svg/line[@class='ratio-reference']").getAttribute("y1")).isEqualTo("20");
        assertThat(svg.one("/svg/line[@class='ratio-reference']").getAttribute("stroke-dasharray")).isEqualTo("6 4");
        assertThat(svg.texts("/svg/text[@x='366']")).containsExactly("5 <to> 1", "1 & \"1\"");
        assertThat(svg.attributes("/svg/text[@x='366']", "y")).containsExactly("24", "64");
        assertThat(svg.texts("/svg/text[@text-anchor='middle']")).containsExactly("23 Mar", "20 Apr", "18 May", "8 Jun");
        assertThat(svg.attributes("/svg/text[@text-anchor='middle']", "x")).containsExactly("15", "135", "255", "345");
        assertThat(svg.attributes("/svg/text[@text-anchor='middle']", "y")).containsOnly("138");
    }

    private static RatioWeeks weeks(int[] positives, int[] negatives) {
        List<RatioWeeks.Week> weeks = new ArrayList<>();
        for (int i = 0; i < positives.length; i++) {
            weeks.add(new RatioWeeks.Week(FIRST_MONDAY.plusWeeks(i), positives[i], negatives[i]));
        }
        return new RatioWeeks(weeks, java.util.Arrays.stream(positives).sum(), java.util.Arrays.stream(negatives).sum());
    }
}
