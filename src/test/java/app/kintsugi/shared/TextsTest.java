package app.kintsugi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @Test
    void aDayIsReadAsADateFieldSendsIt() {
        assertThat(Texts.day("2026-12-06")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(Texts.day("  2024-02-29\n")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "2025-02-29", "06/12/2026", "2026-13-01", "tomorrow", "<script>", "２０２６-１２-０６"})
    void whatIsNotADayIsNoDay(String typed) {
        assertThat(Texts.day(typed)).isNull();
    }

    @Test
    void blankIsNothingWritten() {
        assertThat(Texts.clean("  \n ")).isNull();
        assertThat(Texts.clean(" a ")).isEqualTo("a");
        assertThat(Texts.clean(null)).isNull();
    }

    @Test
    void firstWordsCutOnAWordNearTheLimit() {
        assertThat(Texts.firstWords("one two three four", 9)).isEqualTo("one two…");
        assertThat(Texts.firstWords("  short  text ", 40)).isEqualTo("short text");
    }
}
