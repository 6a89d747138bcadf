package app.kintsugi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The SVG writer: escaping, numbers, leaving out what is null, and refusing markup that would not be well formed. */
class SvgTest {

    private static final String NASTY = "<script>alert(\"x\")</script> & 'more'";

    @Test
    void everyTextAndAttributeValueIsEscapedAndReadsBackAsWritten() {
        String svg = new Svg().start("svg", "aria-label", NASTY, "class", "chart")
                .text("title", NASTY)
                .start("g").text(NASTY).end("g")
                .end("svg").toString();

        assertThat(svg).doesNotContain("<script>").doesNotContain("\"x\"")
                .contains("&lt;script&gt;").contains("&amp;").contains("&quot;x&quot;");
        SvgDom dom = SvgDom.of(svg);
        assertThat(dom.root().getAttribute("aria-label")).isEqualTo(NASTY);
        assertThat(dom.root().getAttribute("class")).isEqualTo("chart");
        assertThat(dom.texts("/svg/title")).containsExactly(NASTY);
        assertThat(dom.texts("/svg/g")).containsExactly(NASTY);
    }

    @Test
    void numbersAreWrittenAsJavaWritesThemAndNullLeavesTheAttributeOut() {
        String svg = new Svg().start("svg").empty("line", "x1", 44.0, "y1", 12, "x2", 105.5, "y2", null, "class", "grid").end("svg")
                .toString();
        assertThat(svg).isEqualTo("<svg><line x1=\"44.0\" y1=\"12\" x2=\"105.5\" class=\"grid\"/></svg>");
        assertThat(new Svg().start("svg").text("text", null).end("svg").toString()).isEqualTo("<svg><text></text></svg>");
    }

    @Test
    void lineBreaksInAValueStayInTheValue() {
        String svg = new Svg().empty("line", "data-x", "a\nb\t\"c\"").toString();
        assertThat(svg).doesNotContain("\n");
        assertThat(SvgDom.of(svg).root().getAttribute("data-x")).isEqualTo("a\nb\t\"c\"");
    }

    @Test
    void markupThatWouldNotBeWellFormedIsRefused() {
        assertThatThrownBy(() -> new Svg().start("svg").start("g").end("svg")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Svg().start("svg").toString()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Svg().text("loose")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Svg().end("svg")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Svg().empty("line", "x1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Svg().empty("line onload=\"x\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Svg().empty("line", "x1=\"0\" onload", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Svg().empty("line", "", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
