package app.kintsugi.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.kintsugi.couple.Role;

/** What a person alone is offered and counted now, and what waits for a partner who may join later. */
class ForOneTest {

    private static final Exercise ALONE_ALL = new Exercise("a.alone", "a", EnumSet.allOf(Role.class), false, "/a", 1);
    private static final Exercise ALONE_HURT = new Exercise("a.hurt", "a", EnumSet.of(Role.HURT_PARTNER), false, null, 2);
    private static final Exercise TOGETHER = new Exercise("a.together", "a", EnumSet.allOf(Role.class), true, null, 3);
    private static final Exercise TOGETHER_BROKE = new Exercise("a.broke", "a", EnumSet.of(Role.BROKE_TRUST), true, null, 4);
    private static final List<Exercise> STEP = List.of(ALONE_ALL, ALONE_HURT, TOGETHER, TOGETHER_BROKE);

    @Test
    void aloneOnlyWhatOnePersonDoesIsOfferedAndCounted() {
        assertThat(ForOne.now(STEP, Role.HURT_PARTNER, true)).containsExactly(ALONE_ALL, ALONE_HURT);
        assertThat(ForOne.now(STEP, Role.BROKE_TRUST, true)).containsExactly(ALONE_ALL);
        assertThat(ForOne.now(STEP, null, true)).containsExactly(ALONE_ALL, ALONE_HURT);
        assertThat(ForOne.now(STEP, Role.BOTH, true)).noneMatch(Exercise::joint);
    }

    @Test
    void aloneWhatIsDoneTogetherIsSetAsideForLaterForTheRightRole() {
        assertThat(ForOne.laterTogether(STEP, Role.HURT_PARTNER, true)).containsExactly(TOGETHER);
        assertThat(ForOne.laterTogether(STEP, Role.BROKE_TRUST, true)).containsExactly(TOGETHER, TOGETHER_BROKE);
        assertThat(ForOne.laterTogether(STEP, null, true)).containsExactly(TOGETHER, TOGETHER_BROKE);
    }

    @Test
    void withAPartnerNothingIsSetAsideAndEverythingForTheRoleIsOffered() {
        assertThat(ForOne.now(STEP, Role.BROKE_TRUST, false)).containsExactly(ALONE_ALL, TOGETHER, TOGETHER_BROKE);
        assertThat(ForOne.laterTogether(STEP, Role.BROKE_TRUST, false)).isEmpty();
    }

    @Test
    void aStepMadeOnlyOfWorkTogetherHasNothingToCountAlone() {
        List<Exercise> boundaries = List.of(TOGETHER);
        assertThat(ForOne.now(boundaries, Role.HURT_PARTNER, true)).isEmpty();
        assertThat(ForOne.laterTogether(boundaries, Role.HURT_PARTNER, true)).hasSize(1);
    }
}
