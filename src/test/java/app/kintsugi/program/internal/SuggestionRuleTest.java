package app.kintsugi.program.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;
import app.kintsugi.program.ProgressStatus;
import app.kintsugi.program.Suggestion;
import app.kintsugi.safety.SafetyStatus.Outcome;

/** The "what next" rule, table-driven: role × progress × safety state (and space, activity, due items). */
class SuggestionRuleTest {

    private static final Exercise SOLO_ALL = new Exercise("a.solo", "a", EnumSet.allOf(Role.class), false, "/a", 1);
    private static final Exercise FOR_HURT = new Exercise("b.hurt", "b", EnumSet.of(Role.HURT_PARTNER, Role.BOTH), false, null, 1);
    private static final Exercise FOR_BROKE = new Exercise("b.broke", "b", EnumSet.of(Role.BROKE_TRUST, Role.BOTH), false, null, 2);
    private static final Exercise JOINT = new Exercise("c.joint", "c", EnumSet.allOf(Role.class), true, null, 1);
    private static final Exercise LAST = new Exercise("d.last", "d", EnumSet.allOf(Role.class), false, null, 1);
    private static final List<Exercise> PROGRAM = List.of(SOLO_ALL, FOR_HURT, FOR_BROKE, JOINT, LAST);

    static Stream<Arguments> table() {
        return Stream.of(
                // role, partner, safety, progress, expected (reason:target, ...)
                Arguments.of(Role.HURT_PARTNER, true, Outcome.CLEAR, Map.of(),
                        List.of("next:a.solo")),
                Arguments.of(Role.HURT_PARTNER, true, Outcome.CLEAR, Map.of("a.solo", ProgressStatus.STARTED),
                        List.of("continue:a.solo", "next:b.hurt")),
                Arguments.of(Role.BROKE_TRUST, true, Outcome.CLEAR, Map.of("a.solo", ProgressStatus.COMPLETED),
                        List.of("next:b.broke")),
                Arguments.of(Role.BOTH, true, Outcome.CLEAR, Map.of("a.solo", ProgressStatus.COMPLETED, "b.hurt", ProgressStatus.COMPLETED),
                        List.of("next:b.broke")),
                // Joint exercises only with a partner and a clear safety check.
                Arguments.of(Role.HURT_PARTNER, true, Outcome.CLEAR, done("a.solo", "b.hurt"),
                        List.of("next:c.joint")),
                Arguments.of(Role.HURT_PARTNER, false, Outcome.CLEAR, done("a.solo", "b.hurt"),
                        List.of("next:d.last")),
                Arguments.of(Role.HURT_PARTNER, true, Outcome.CONCERNING, done("a.solo", "b.hurt"),
                        List.of("safety:/safety/resources", "next:d.last")),
                Arguments.of(Role.HURT_PARTNER, true, Outcome.CONCERNING, Map.of("c.joint", ProgressStatus.STARTED),
                        List.of("safety:/safety/resources", "next:a.solo")),
                // With a partner but no check yet: the check comes before anything done together.
                Arguments.of(Role.BROKE_TRUST, true, Outcome.NOT_TAKEN, Map.of(),
                        List.of("beforeJoint:/safety", "next:a.solo")),
                Arguments.of(Role.BROKE_TRUST, true, Outcome.NOT_TAKEN, done("a.solo", "b.broke"),
                        List.of("beforeJoint:/safety", "next:d.last")),
                // Everything done.
                Arguments.of(Role.BOTH, true, Outcome.CLEAR, done("a.solo", "b.hurt", "b.broke", "c.joint", "d.last"),
                        List.of("allDone:/expectations")));
    }

    @ParameterizedTest(name = "[{index}] {0}, partner={1}, safety={2}, progress={3}")
    @MethodSource("table")
    void suggests(Role role, boolean partner, Outcome safety, Map<String, ProgressStatus> progress, List<String> expected) {
        var suggestions = SuggestionRule.suggest(new SuggestionRule.Situation(role, true, partner, safety, PROGRAM,
                progress, 1L));
        assertThat(suggestions).extracting(SuggestionRuleTest::describe).containsExactlyElementsOf(expected);
    }

    @Test
    void neverMoreThanTwoAndNeverAJointExerciseWhileSafetyIsInQuestion() {
        for (Outcome safety : Outcome.values()) {
            for (Role role : Role.values()) {
                for (boolean partner : new boolean[] {true, false}) {
                    var s = SuggestionRule.suggest(new SuggestionRule.Situation(role, true, partner, safety, PROGRAM,
                            done("a.solo", "b.hurt", "b.broke"), 30L));
                    assertThat(s).hasSizeLessThanOrEqualTo(2);
                    if (safety != Outcome.CLEAR || !partner) {
                        assertThat(s).noneMatch(x -> "c.joint".equals(x.exerciseId()));
                    }
                    if (safety == Outcome.CONCERNING) {
                        assertThat(s.getFirst().path()).isEqualTo("/safety/resources");
                    }
                }
            }
        }
    }

    @Test
    void withoutARoleEveryExerciseFits() {
        var s = SuggestionRule.suggest(new SuggestionRule.Situation(null, false, false, Outcome.NOT_TAKEN, PROGRAM,
                done("a.solo"), null));
        assertThat(s).extracting(SuggestionRuleTest::describe).containsExactly("next:b.hurt", "role:/space");
    }

    @Test
    void aWelcomeBackAfterTwoWeeksAway() {
        var away = SuggestionRule.suggest(new SuggestionRule.Situation(Role.BOTH, true, true, Outcome.CLEAR, PROGRAM,
                Map.of("a.solo", ProgressStatus.STARTED), 14L));
        assertThat(away).extracting(SuggestionRuleTest::describe).containsExactly("welcomeBack:/expectations", "continue:a.solo");
        var recent = SuggestionRule.suggest(new SuggestionRule.Situation(Role.BOTH, true, true, Outcome.CLEAR, PROGRAM,
                Map.of("a.solo", ProgressStatus.STARTED), 13L));
        assertThat(recent).extracting(SuggestionRuleTest::describe).containsExactly("continue:a.solo", "next:b.hurt");
    }

    @Test
    void aPartnerWhoJustJoinedLeadsToTheFirstExerciseDoneTogetherOnlyWhenSafetyIsClear() {
        var joined = SuggestionRule.suggest(situation(Role.HURT_PARTNER, Outcome.CLEAR, Map.of(), Map.of(), 2L));
        assertThat(joined).extracting(SuggestionRuleTest::describe).containsExactly("partnerJoined:c.joint", "next:a.solo");
        var aWeekLater = SuggestionRule.suggest(situation(Role.HURT_PARTNER, Outcome.CLEAR, Map.of(), Map.of(), 7L));
        assertThat(aWeekLater).extracting(SuggestionRuleTest::describe).containsExactly("next:a.solo");
        var notSafe = SuggestionRule.suggest(situation(Role.HURT_PARTNER, Outcome.CONCERNING, Map.of(), Map.of(), 1L));
        assertThat(notSafe).noneMatch(x -> "c.joint".equals(x.exerciseId()));
        var alreadyTogether = SuggestionRule.suggest(situation(Role.HURT_PARTNER, Outcome.CLEAR,
                Map.of("c.joint", ProgressStatus.STARTED), Map.of(), 1L));
        assertThat(alreadyTogether).extracting(SuggestionRuleTest::describe).containsExactly("continue:c.joint", "next:a.solo");
    }

    @Test
    void finishingAStepPointsToTheNextStepNotToWhatIsLeftBefore() {
        // Step "b" (for BOTH: b.hurt and b.broke) finished yesterday; a.solo of an earlier step is still open.
        var finished = SuggestionRule.suggest(situation(Role.BOTH, Outcome.CLEAR, done("b.hurt", "b.broke"),
                Map.of("b.hurt", 3L, "b.broke", 1L), null));
        assertThat(finished).extracting(SuggestionRuleTest::describe).containsExactly("stepFinished:c.joint", "next:a.solo");
        var longAgo = SuggestionRule.suggest(situation(Role.BOTH, Outcome.CLEAR, done("b.hurt", "b.broke"),
                Map.of("b.hurt", 30L, "b.broke", 8L), null));
        assertThat(longAgo).extracting(SuggestionRuleTest::describe).containsExactly("next:a.solo");
        var halfDone = SuggestionRule.suggest(situation(Role.BOTH, Outcome.CLEAR, done("b.broke"),
                Map.of("b.broke", 1L), null));
        assertThat(halfDone).extracting(SuggestionRuleTest::describe).containsExactly("next:a.solo");
    }

    @Test
    void aPersonAloneIsOfferedOnlyWhatOnePersonCanDoAndNeverAskedToInvite() {
        // In a space of their own (a role chosen, nobody invited), with every safety outcome and any progress.
        for (Outcome safety : Outcome.values()) {
            for (Role role : Role.values()) {
                for (var progress : List.of(Map.<String, ProgressStatus>of(), done("a.solo", "b.hurt", "b.broke"),
                        done("a.solo", "b.hurt", "b.broke", "d.last"))) {
                    var s = SuggestionRule.suggest(new SuggestionRule.Situation(role, true, false, safety, PROGRAM,
                            progress, 1L, Map.of(), null));
                    assertThat(s).noneMatch(x -> "c.joint".equals(x.exerciseId()));
                    assertThat(s).noneMatch(x -> x.path().equals("/space"));
                    assertThat(s).noneMatch(x -> x.reason().equals("next.reason.beforeJoint"));
                    assertThat(s).noneMatch(x -> x.reason().equals("next.reason.partnerJoined"));
                }
            }
        }
        // Alone with everything one person can do done: what to expect, not the exercise that needs two.
        var allDoneAlone = SuggestionRule.suggest(new SuggestionRule.Situation(Role.HURT_PARTNER, true, false, Outcome.CLEAR,
                PROGRAM, done("a.solo", "b.hurt", "d.last"), 1L));
        assertThat(allDoneAlone).extracting(SuggestionRuleTest::describe).containsExactly("allDone:/expectations");
    }

    @Test
    void withoutASpaceChoosingARoleIsOfferedNotInvitingThePartner() {
        var s = SuggestionRule.suggest(new SuggestionRule.Situation(null, false, false, Outcome.CLEAR, PROGRAM,
                done("a.solo", "b.hurt", "b.broke", "d.last"), 1L));
        assertThat(s).extracting(SuggestionRuleTest::describe).containsExactly("role:/space");
    }

    private static SuggestionRule.Situation situation(Role role, Outcome safety, Map<String, ProgressStatus> progress,
            Map<String, Long> daysSinceDone, Long daysSincePartnerJoined) {
        return new SuggestionRule.Situation(role, true, true, safety, PROGRAM, progress, 1L, daysSinceDone,
                daysSincePartnerJoined);
    }

    private static Map<String, ProgressStatus> done(String... ids) {
        Map<String, ProgressStatus> m = new HashMap<>();
        for (String id : ids) {
            m.put(id, ProgressStatus.COMPLETED);
        }
        return m;
    }

    private static String describe(Suggestion s) {
        String reason = s.reason().substring("next.reason.".length());
        return reason + ":" + (s.exerciseId() != null ? s.exerciseId() : s.path());
    }
}
