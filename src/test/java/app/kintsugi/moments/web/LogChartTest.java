package app.kintsugi.moments.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import app.kintsugi.moments.LogSummary;
import app.kintsugi.platform.web.SvgDom;

/** The log's bars drawn as SVG, without Spring: heights against the busiest week, counts, dates and escaping. */
class LogChartTest {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 19);

    private static LogSummary summary(int... counts) {
        List<LogSummary.Week> weeks = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            weeks.add(new LogSummary.Week(FIRST_MONDAY.plusWeeks(i), counts[i], counts[i] == 0 ? null : 5.0));
        }
        int total = java.util.Arrays.stream(counts).sum();
        return new LogSummary(weeks, total, LogSummary.Trend.NONE, 0, 0, List.of(), List.of());
    }

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("format.dayMonth", Locale.ENGLISH, "d MMM");
        m.addMessage("moments.weeks.chartTitle", Locale.ENGLISH, "Hard <moments> & \"weeks\"");
        return m;
    }

    @Test
    void eachWeekHasABarAsHighAsItsCountAgainstTheBusiestWeekWithTheCountAboveAndTheDateBelow() {
        String drawn = LogChart.of(summary(1, 0, 3, 2, 0, 5, 1, 2)).svg(messages(), Locale.ENGLISH);
        assertThat(drawn).contains("Hard &lt;moments&gt; &amp; &quot;weeks&quot;");
        SvgDom svg = SvgDom.of(drawn);

        assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 -16 320 160");
        assertThat(svg.root().getAttribute("aria-describedby")).isEqualTo("weeks-summary");
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.root().getAttribute("class")).isEqualTo("trend-svg moments-svg");
        assertThat(svg.texts("/svg/title")).containsExactly("Hard <moments> & \"weeks\"");
        assertThat(svg.one("/svg/line[@class='grid']").getAttribute("y1")).isEqualTo("120");
        assertThat(svg.all("/svg/g")).hasSize(8);
        // Eight slots of 40, bars of 24; the busiest week (5) fills the height.
        assertThat(svg.attributes("/svg/g/rect[@class='moments-bar']", "x")).containsExactly("8", "88", "128", "208", "248", "288");
        assertThat(svg.attributes("/svg/g/rect[@class='moments-bar']", "height")).containsExactly("24", "72", "48", "120", "24", "48");
        assertThat(svg.attributes("/svg/g/rect[@class='moments-bar']", "y")).containsExactly("96", "48", "72", "0", "96", "72");
        assertThat(svg.attributes("/svg/g/rect", "width")).containsOnly("24");
        assertThat(svg.texts("/svg/g/text[@font-size='11']")).containsExactly("1", "3", "2", "5", "1", "2");
        assertThat(svg.attributes("/svg/g/text[@font-size='11']", "y")).containsExactly("92", "44", "68", "-4", "92", "68");
        assertThat(svg.texts("/svg/g/text[@font-size='10']")).containsExactly("19 Jan", "26 Jan", "2 Feb", "9 Feb", "16 Feb",
                "23 Feb", "2 Mar", "9 Mar");
        assertThat(svg.attributes("/svg/g/text[@font-size='10']", "x")).containsExactly("20", "60", "100", "140", "180", "220", "260",
                "300");
        assertThat(svg.attributes("/svg/g/text[@font-size='10']", "y")).containsOnly("136");
    }

    @Test
    void aQuietLogIsNotStretched() {
        SvgDom svg = SvgDom.of(LogChart.of(summary(0, 0, 0, 0, 0, 0, 0, 1)).svg(messages(), Locale.ENGLISH));
        assertThat(svg.attributes("/svg/g/rect", "height")).as("one moment is a quarter of the height, not all of it")
                .containsExactly("30");
    }
}
