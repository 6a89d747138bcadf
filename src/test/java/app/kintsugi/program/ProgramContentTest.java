package app.kintsugi.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import app.kintsugi.couple.Role;
import app.kintsugi.program.internal.ProgramContentLoader;

class ProgramContentTest {

    private static final List<Step> STEPS = List.of(new Step("0", "alpha", false), new Step("1", "beta", false));

    @Test
    void theShippedContentIsCompleteInEveryLanguage() {
        List<Exercise> exercises = new java.util.ArrayList<>(List.of(
                new Exercise("understanding.reflection", "understanding", EnumSet.allOf(Role.class), false, "/reflections", 1),
                new Exercise("responsibility.own-role", "responsibility", EnumSet.allOf(Role.class), false, "/own-role", 1),
                new Exercise("responsibility.apology", "responsibility", EnumSet.of(Role.BROKE_TRUST, Role.BOTH), false, "/apologies", 3),
                new Exercise("communication.ground-rules", "communication", EnumSet.allOf(Role.class), true, "/conversations/rules", 1),
                new Exercise("communication.i-statements", "communication", EnumSet.allOf(Role.class), false, "/tone-coach", 2),
                new Exercise("communication.conversation", "communication", EnumSet.allOf(Role.class), true, "/conversations", 3),
                new Exercise("communication.dialogue", "communication", EnumSet.allOf(Role.class), true, "/dialogue", 4),
                new Exercise("trust.commitments", "trust", EnumSet.allOf(Role.class), false, "/commitments", 3),
                new Exercise("transparency.question-box", "transparency", EnumSet.allOf(Role.class), true, "/questions", 3),
                new Exercise("transparency.sharing-log", "transparency", EnumSet.allOf(Role.class), true, "/sharing", 4),
                new Exercise("transparency.amends", "transparency", EnumSet.of(Role.BROKE_TRUST, Role.BOTH), true, "/amends", 5),
                new Exercise("transparency.accountability", "transparency", EnumSet.allOf(Role.class), true, "/accountability", 6),
                new Exercise("transparency.prepared-disclosure", "transparency", EnumSet.allOf(Role.class), true, "/disclosure", 7),
                new Exercise("boundaries.agreements", "boundaries", EnumSet.allOf(Role.class), true, "/boundaries", 2),
                new Exercise("trust.check-in", "trust", EnumSet.allOf(Role.class), false, "/check-in", 4),
                new Exercise("respect.appreciations", "respect", EnumSet.allOf(Role.class), true, "/appreciations", 2),
                new Exercise("respect.kind-acts", "respect", EnumSet.allOf(Role.class), false, "/kind-acts", 3),
                new Exercise("respect.ratio", "respect", EnumSet.allOf(Role.class), false, "/respect/ratio", 4),
                new Exercise("moments.plan", "moments", EnumSet.allOf(Role.class), false, "/moments/plan", 1),
                new Exercise("moments.log", "moments", EnumSet.allOf(Role.class), false, "/moments", 2),
                new Exercise("moments.reassurance", "moments", EnumSet.allOf(Role.class), true, "/moments/reassurance", 3),
                new Exercise("moments.repair", "moments", EnumSet.allOf(Role.class), true, "/repairs", 4),
                new Exercise("movingon.why", "movingon", EnumSet.allOf(Role.class), false, "/moving-on/why", 1),
                new Exercise("movingon.forgiveness", "movingon", EnumSet.of(Role.HURT_PARTNER, Role.BOTH), false, "/moving-on/forgiveness", 2),
                new Exercise("movingon.letters", "movingon", EnumSet.allOf(Role.class), false, "/moving-on/letters", 3),
                new Exercise("movingon.accountable", "movingon", EnumSet.of(Role.BROKE_TRUST, Role.BOTH), false, "/moving-on/accountable", 4),
                new Exercise("movingon.decision", "movingon", EnumSet.allOf(Role.class), false, "/moving-on/decision", 5)));
        ProgramExercises own = new ProgramExercises();
        for (var method : ProgramExercises.class.getDeclaredMethods()) {
            if (method.getReturnType() == Exercise.class) {
                try {
                    method.setAccessible(true);
                    exercises.add((Exercise) method.invoke(own));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        Program program = new Program(exercises);
        assertThat(program.steps()).hasSize(10);
        for (Step step : program.steps()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                StepContent content = program.content(step.key(), locale);
                assertThat(content.title()).isNotBlank();
                assertThat(content.roles()).containsOnlyKeys(Role.values());
                assertThat(content.exercises().keySet())
                        .containsExactlyElementsOf(program.exercises(step.key()).stream().map(Exercise::id).toList());
                assertThat(content.signs()).isNotEmpty();
            }
            assertThat(program.content(step.key(), Locale.forLanguageTag("es")).title())
                    .isNotEqualTo(program.content(step.key(), Locale.ENGLISH).title());
        }
        assertThat(program.expectations(Locale.forLanguageTag("es")).sections())
                .hasSameSizeAs(program.expectations(Locale.ENGLISH).sections());
        // A language without content falls back to English.
        assertThat(program.content("trust", Locale.GERMAN).title()).isEqualTo(program.content("trust", Locale.ENGLISH).title());
    }

    @Test
    void aBrokenContentFileStopsTheStartNamingFileAndKey() {
        var loader = new ProgramContentLoader("program-broken", getClass().getClassLoader());
        List<Exercise> exercises = List.of(
                new Exercise("alpha.one", "alpha", EnumSet.allOf(Role.class), false, null, 1),
                new Exercise("beta.one", "beta", EnumSet.allOf(Role.class), false, null, 1),
                new Exercise("gamma.one", "gamma", EnumSet.allOf(Role.class), false, null, 1));
        assertThatThrownBy(() -> loader.load(STEPS, exercises))
                .isInstanceOfSatisfying(InvalidProgramContentException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "program-broken/steps/alpha_es.yaml line 1: 'why' is missing",
                        "program-broken/steps/alpha_es.yaml line 5: 'roles': 'BOTH' is missing",
                        "program-broken/steps/alpha_es.yaml line 9: 'exercises.alpha.typo' is not an exercise of this step that any module provides",
                        "program-broken/steps/alpha_es.yaml line 8: 'exercises': 'alpha.one' is missing",
                        "program-broken/steps/alpha_es.yaml line 4: unknown key 'whyy' (expected title, summary, what, why, roles, exercises, signs)",
                        "program-broken/steps/alpha_es.yaml line 12: 'signs' has 1 entries, the en file 2",
                        "program-broken/steps/beta_en.yaml line 3: not valid YAML: found unexpected end of stream",
                        "program-broken/steps/beta_es.yaml: not found on the classpath",
                        "program-broken/expectations_es.yaml line 5: 'sections[0]': 'text' is empty",
                        "exercise 'gamma.one' belongs to unknown step 'gamma'"))
                .hasMessageContaining("Kintsugi will not start");
    }
}
