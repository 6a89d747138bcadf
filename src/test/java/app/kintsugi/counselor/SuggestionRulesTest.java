package app.kintsugi.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.account.PersonId;

/** Who sees a suggestion, when one counts as done, and the order of a counselor's caseload. */
class SuggestionRulesTest {

    private static final PersonId ANA = PersonId.of(UUID.randomUUID().toString());
    private static final PersonId BEN = PersonId.of(UUID.randomUUID().toString());
    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    private static final LocalDate ON = LocalDate.of(2026, 12, 2);

    @Test
    void aPartnerSeesOnlyWhatIsAddressedToThem() {
        assertThat(SuggestionRules.visibleTo(ANA, List.of(ANA, BEN))).isTrue();
        assertThat(SuggestionRules.visibleTo(BEN, List.of(ANA))).isFalse();
        assertThat(SuggestionRules.visibleTo(ANA, List.of(ANA))).isTrue();
        assertThat(SuggestionRules.visibleTo(ANA, List.of())).isFalse();
    }

    @Test
    void aQuestionnaireIsDoneWhenAnsweredOnOrAfterTheDayOfTheSuggestionOnceAccepted() {
        Map<String, LocalDate> before = Map.of("csi-16", ON.minusDays(1));
        Map<String, LocalDate> sameDay = Map.of("csi-16", ON);
        assertThat(SuggestionRules.done("measure", "csi-16", true, AT, ON, Map.of(), before)).isFalse();
        assertThat(SuggestionRules.done("measure", "csi-16", true, AT, ON, Map.of(), sameDay)).isTrue();
        assertThat(SuggestionRules.done("measure", "csi-16", true, AT, ON, Map.of(), Map.of())).isFalse();
        assertThat(SuggestionRules.done("measure", "csi-16", false, AT, ON, Map.of(), sameDay))
                .as("declined or waiting says nothing about what the person does on their own").isFalse();
    }

    @Test
    void anExerciseOrTheWeeklyCheckInIsDoneWhenWorkedOnAfterTheSuggestion() {
        assertThat(SuggestionRules.done("exercise", "understanding.reflection", true, AT, ON,
                Map.of("understanding.reflection", AT.plusSeconds(60)), Map.of())).isTrue();
        assertThat(SuggestionRules.done("exercise", "understanding.reflection", true, AT, ON,
                Map.of("understanding.reflection", AT.minusSeconds(60)), Map.of())).isFalse();
        assertThat(SuggestionRules.done("measure", SuggestionRules.WEEKLY, true, AT, ON,
                Map.of(SuggestionRules.WEEKLY_EXERCISE, AT.plusSeconds(60)), Map.of())).isTrue();
        assertThat(SuggestionRules.done("measure", SuggestionRules.WEEKLY, true, AT, ON, Map.of(), Map.of())).isFalse();
    }

    record Line(String name, int changes, boolean never) {
    }

    @Test
    void theCaseloadPutsWhatChangedFirstThenNeverOpenedThenTheRest() {
        List<Line> lines = new ArrayList<>(List.of(new Line("quiet", 0, false), new Line("new", 0, true), new Line("one", 1, false),
                new Line("three", 3, false), new Line("quiet2", 0, false)));
        lines.sort(SuggestionRules.caseloadOrder(Line::changes, Line::never));
        assertThat(lines).extracting(Line::name).containsExactly("three", "one", "new", "quiet", "quiet2");
    }
}
