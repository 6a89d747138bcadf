package app.kintsugi.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rules of a counselor's questionnaire that need no database: how a definition is read and how its problems are told. */
class AddedQuestionnairesTest {

    private final AddedQuestionnaires added = new AddedQuestionnaires(null, null, java.time.Clock.systemUTC());

    private static final String GOOD = """
            id: mood
            version: 2
            title: {en: Mood, es: Ánimo}
            intro: {en: This week., es: Esta semana.}
            scale: {min: 1, max: 5, anchors: {en: {1: Low, 5: High}, es: {1: Bajo, 5: Alto}}}
            items:
              - id: calm
                text: {en: I felt calm., es: Me sentí en calma.}
            subscales: {total: [calm]}
            scoring: {total: sum}
            reliable_change: {total: 2}
            higher_is_better: {total: true}
            """;

    @Test
    void aGoodDefinitionReadsAsTheOperatorsWouldWithItsOwnIdKeptOnlyUntilItIsAdded() {
        Questionnaire q = added.check(GOOD);
        assertThat(q.id()).isEqualTo("mood");
        assertThat(q.version()).isEqualTo(2);
        assertThat(q.items()).hasSize(1);
        assertThat(q.builtIn()).isFalse();
    }

    @Test
    void everyProblemIsToldWithItsLineAndWithoutTheInternalFileName() {
        String broken = GOOD.replace("version: 2", "version: two").replace("scoring: {total: sum}", "scoring: {total: median}");
        assertThatThrownBy(() -> added.check(broken)).isInstanceOfSatisfying(DefinitionProblemsException.class, e -> {
            assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(e.problems()).allSatisfy(p -> assertThat(p).doesNotStartWith("definition"));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("Line 2: "));
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("Line 10: "));
        });
    }

    @Test
    void aDefinitionMayNotCarryTheWeeklyCheckInsSignals() {
        String withSignals = GOOD + "signals: {distress_at_least: 3, distress_weeks: 2}\n";
        assertThatThrownBy(() -> added.check(withSignals)).isInstanceOfSatisfying(DefinitionProblemsException.class,
                e -> assertThat(String.join("\n", e.problems())).contains("'signals'"));
    }

    @Test
    void problemsArePutPlainly() {
        assertThat(AddedQuestionnaires.plain("definition line 7: item 'x' has no text")).isEqualTo("Line 7: item 'x' has no text");
        assertThat(AddedQuestionnaires.plain("definition: not valid YAML: x")).isEqualTo("not valid YAML: x");
        assertThat(AddedQuestionnaires.plain("something else")).isEqualTo("something else");
    }

    @Test
    void onlyIdsOfTheAddedShapeAreLookedUpAsACounselorsQuestionnaire() {
        assertThat(AddedQuestionnaires.looksAdded("c-abc2345678")).isTrue();
        assertThat(AddedQuestionnaires.looksAdded("csi-16")).isFalse();
        assertThat(AddedQuestionnaires.looksAdded(null)).isFalse();
    }
}
