package app.kintsugi.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Validation;

/** What counts as a choice for the session-prep report, and how text is made fit for a document. */
class SessionPrepRulesTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void partsAreReadByNameAndAnythingElseIsIgnored() {
        PrepRules.Chosen c = PrepRules.chosen(new PrepSelection(List.of("TREND", " QUESTIONS ", "TREND", "trend", "EVERYTHING", ""),
                null, null, null));
        assertThat(c.sections()).containsExactlyInAnyOrder(PrepSection.TREND, PrepSection.QUESTIONS);
        assertThat(c.has(PrepSection.COMMITMENTS)).isFalse();
    }

    @Test
    void idsKeepTheirOrderWithoutRepeatsAndBlankOnesAreNoChoice() {
        PrepRules.Chosen c = PrepRules.chosen(new PrepSelection(List.of(), List.of(B.toString(), "", A.toString(), " " + B + " "),
                List.of(A.toString()), null));
        assertThat(c.reflections()).containsExactly(B, A);
        assertThat(c.ownRoles()).containsExactly(A);
    }

    @Test
    void anIdThatIsNotAnIdDoesNotExist() {
        assertThatThrownBy(() -> PrepRules.chosen(new PrepSelection(List.of("TREND"), List.of("../etc/passwd"), List.of(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> PrepRules.chosen(new PrepSelection(List.of(), List.of(), List.of("1"), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nothingChosenIsAMessageNextToTheChoices() {
        for (PrepSelection nothing : List.of(new PrepSelection(null, null, null, null),
                new PrepSelection(List.of("NOT-A-PART"), List.of(""), List.of(" "), "  \n "))) {
            assertThatThrownBy(() -> PrepRules.chosen(nothing))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.errors()).containsOnlyKeys("include");
                        assertThat(e.errors().get("include").code()).isEqualTo("prep.nothingChosen");
                    });
        }
    }

    @Test
    void aFewWordsToTalkAboutAreEnoughOnTheirOwn() {
        PrepRules.Chosen c = PrepRules.chosen(new PrepSelection(List.of(), List.of(), List.of(), "  How to talk about March.  "));
        assertThat(c.talkAbout()).isEqualTo("How to talk about March.");
        assertThat(c.sections()).isEmpty();
    }

    @Test
    void whatToTalkAboutMayBeAsLongAsAnyTextCountingAnEmojiAsOneCharacter() {
        String longest = "🙂".repeat(Validation.MAX_TEXT);
        assertThat(PrepRules.chosen(new PrepSelection(List.of(), List.of(), List.of(), longest)).talkAbout()).isEqualTo(longest);
        assertThatThrownBy(() -> PrepRules.chosen(new PrepSelection(List.of("TREND"), List.of(), List.of(), "a".repeat(Validation.MAX_TEXT + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys("talkAbout");
                    assertThat(e.errors().get("talkAbout").code()).isEqualTo("validation.text.tooLong");
                });
    }

    @Test
    void aReflectionIsNamedByItsFirstWords() {
        assertThat(PrepRules.firstWords("I found   the messages\non his phone that night, and everything changed.", 8))
                .isEqualTo("I found the messages on his phone that…");
        assertThat(PrepRules.firstWords("  Short one. ", 8)).isEqualTo("Short one.");
        assertThat(PrepRules.firstWords("The holiday we had planned for years, and how it felt", 7))
                .isEqualTo("The holiday we had planned for years…");
        assertThat(PrepRules.firstWords("x".repeat(300), 8)).hasSize(61).endsWith("…");
        assertThat(PrepRules.firstWords("🙂".repeat(100), 8)).isEqualTo("🙂".repeat(60) + "…");
        assertThat(PrepRules.firstWords(null, 8)).isEmpty();
        assertThat(PrepRules.firstWords(" \u0007 ", 8)).isEmpty();
    }

    @Test
    void textLosesOnlyWhatADocumentCannotHold() {
        assertThat(PrepRules.printable("a\u0000b\u0001c\u001fd\u007fe\u0085f\uFFFEg\uFFFFh")).isEqualTo("abcdefgh");
        assertThat(PrepRules.printable("one\r\ntwo\rthree\nfour\tfive")).isEqualTo("one\ntwo\nthree\nfour\tfive");
        assertThat(PrepRules.printable("lone \uD800 high, lone \uDC00 low, pair 🙂")).isEqualTo("lone  high, lone  low, pair 🙂");
        assertThat(PrepRules.printable("<script>&amp; ’ ñ ε ж")).isEqualTo("<script>&amp; ’ ñ ε ж");
        assertThat(PrepRules.printable(null)).isNull();
        assertThat(PrepRules.text(" \u0001 ")).isNull();
    }

    @Test
    void theReportCountsThePartsItHas() {
        PrepReport none = new PrepReport("Ana", LocalDate.of(2025, 11, 25), false, null, null, null, null, null, null);
        assertThat(none.sections()).isZero();
        PrepReport some = new PrepReport("Ana", LocalDate.of(2025, 11, 25), false, "talk",
                new PrepReport.Trend(12, List.of(), List.of()), new PrepReport.Questions(List.of(), List.of()), null,
                List.of(new PrepReport.Reflection(LocalDate.of(2025, 11, 1), null, "what", null, null, List.of(), null, false)),
                List.of());
        assertThat(some.sections()).isEqualTo(4);
    }
}
