package app.kintsugi.communication.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.kintsugi.account.PersonId;
import app.kintsugi.communication.EndReason;
import app.kintsugi.communication.LiveAction;
import app.kintsugi.communication.Phase;
import app.kintsugi.shared.InvalidInputException;

class LiveSessionTest {

    private static final PersonId ANA = PersonId.of(UUID.randomUUID().toString());
    private static final PersonId BEN = PersonId.of(UUID.randomUUID().toString());
    private static final Instant T0 = Instant.parse("2026-11-25T19:00:00Z");
    private static final Duration BREAK = Duration.ofMinutes(20);

    private final LiveSession fresh = LiveSession.start(UUID.randomUUID(), ANA, BEN, T0, Duration.ofMinutes(30), Duration.ofMinutes(30));

    @Test
    void theFloorPassesOnlyAfterTheSpeakerConfirms() {
        LiveSession s = fresh.apply(LiveAction.DONE_SPEAKING, ANA, T0.plusSeconds(60), BREAK, false);
        assertThat(s.phase()).isEqualTo(Phase.REFLECTING);
        s = s.apply(LiveAction.REFLECTED, BEN, T0.plusSeconds(90), BREAK, true);
        assertThat(s.phase()).isEqualTo(Phase.CONFIRMING);
        assertThat(s.summaryBy()).isEqualTo(BEN);
        assertThat(s.speaker()).isEqualTo(ANA);
        s = s.apply(LiveAction.CONFIRM, ANA, T0.plusSeconds(100), BREAK, false);
        assertThat(s.phase()).isEqualTo(Phase.SPEAKING);
        assertThat(s.speaker()).isEqualTo(BEN);
        assertThat(s.listener()).isEqualTo(ANA);
        assertThat(s.turns()).isEqualTo(1);
        assertThat(s.confirmations()).isEqualTo(1);
        assertThat(s.summaryBy()).isNull();
        assertThat(s.turnStartedAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(s.version()).isEqualTo(3);
    }

    @Test
    void notQuiteGivesTheFloorBackToTheSameSpeaker() {
        LiveSession s = fresh.apply(LiveAction.DONE_SPEAKING, ANA, T0, BREAK, false)
                .apply(LiveAction.REFLECTED, BEN, T0, BREAK, false)
                .apply(LiveAction.NOT_QUITE, ANA, T0.plusSeconds(5), BREAK, false);
        assertThat(s.phase()).isEqualTo(Phase.SPEAKING);
        assertThat(s.speaker()).isEqualTo(ANA);
        assertThat(s.notQuite()).isEqualTo(1);
        assertThat(s.turns()).isZero();
        assertThat(s.confirmations()).isZero();
        assertThat(s.turnStartedAt()).as("the same turn goes on").isEqualTo(T0);
    }

    @ParameterizedTest(name = "{0} by {1} while {2}: {3}")
    @CsvSource({
            "DONE_SPEAKING, BEN, SPEAKING, live.refused.speakerOnly",
            "REFLECTED, ANA, REFLECTING, live.refused.listenerOnly",
            "REFLECTED, BEN, SPEAKING, live.refused.moved",
            "CONFIRM, ANA, SPEAKING, live.refused.moved",
            "CONFIRM, BEN, CONFIRMING, live.refused.speakerOnly",
            "NOT_QUITE, BEN, CONFIRMING, live.refused.speakerOnly",
            "DONE_SPEAKING, ANA, REFLECTING, live.refused.moved",
            "RESUME, ANA, SPEAKING, live.refused.moved",
            "DONE_SPEAKING, ANA, BREAK, live.refused.onBreak",
            "PAUSE, BEN, BREAK, live.refused.onBreak",
            "RESUME, BEN, BREAK, live.refused.breakNotOver",
            "END, ANA, ENDED, live.refused.ended",
            "PAUSE, BEN, ENDED, live.refused.ended"})
    void outOfTurnActionsAreRefusedWithTheirReason(LiveAction action, String who, Phase phase, String reason) {
        LiveSession s = in(phase);
        PersonId actor = who.equals("ANA") ? ANA : BEN;
        assertThatThrownBy(() -> s.apply(action, actor, T0.plusSeconds(120), BREAK, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get("action").code()).isEqualTo(reason));
    }

    @Test
    void aBreakLastsItsTimeThenReturnsToWhereItWasWithTheTurnTimerPaused() {
        LiveSession speaking = fresh.apply(LiveAction.DONE_SPEAKING, ANA, T0.plusSeconds(60), BREAK, false)
                .apply(LiveAction.REFLECTED, BEN, T0.plusSeconds(90), BREAK, false)
                .apply(LiveAction.NOT_QUITE, ANA, T0.plusSeconds(100), BREAK, false);
        Instant pausedAt = T0.plusSeconds(130);
        LiveSession onBreak = speaking.apply(LiveAction.PAUSE, BEN, pausedAt, BREAK, false);
        assertThat(onBreak.phase()).isEqualTo(Phase.BREAK);
        assertThat(onBreak.breakBy()).isEqualTo(BEN);
        assertThat(onBreak.breakSecondsLeft(pausedAt)).isEqualTo(1200);
        assertThat(onBreak.breakSecondsLeft(pausedAt.plusMillis(1))).isEqualTo(1200);
        assertThat(onBreak.breakSecondsLeft(pausedAt.plus(BREAK))).isZero();
        assertThat(onBreak.turnElapsed(pausedAt.plus(Duration.ofMinutes(10)))).isEqualTo(Duration.ofSeconds(130));
        assertThat(onBreak.endsBy()).isEqualTo(fresh.endsBy().plus(BREAK));

        Instant back = pausedAt.plus(BREAK).plusSeconds(30);
        LiveSession resumed = onBreak.apply(LiveAction.RESUME, ANA, back, BREAK, false);
        assertThat(resumed.phase()).isEqualTo(Phase.SPEAKING);
        assertThat(resumed.speaker()).isEqualTo(ANA);
        assertThat(resumed.turnElapsed(back)).isEqualTo(Duration.ofSeconds(130));
        assertThat(resumed.breaks()).isEqualTo(1);
        assertThat(resumed.endsBy()).isEqualTo(fresh.endsBy().plus(BREAK).plusSeconds(30));
    }

    @Test
    void aBreakWhileConfirmingKeepsTheSummaryForAfterwards() {
        LiveSession confirming = fresh.apply(LiveAction.DONE_SPEAKING, ANA, T0, BREAK, false)
                .apply(LiveAction.REFLECTED, BEN, T0, BREAK, true);
        LiveSession back = confirming.apply(LiveAction.PAUSE, ANA, T0, BREAK, false)
                .apply(LiveAction.RESUME, BEN, T0.plus(BREAK), BREAK, false);
        assertThat(back.phase()).isEqualTo(Phase.CONFIRMING);
        assertThat(back.summaryBy()).isEqualTo(BEN);
    }

    @Test
    void eitherMayEndAtAnyTime() {
        for (PersonId who : new PersonId[] {ANA, BEN}) {
            LiveSession ended = fresh.apply(LiveAction.END, who, T0.plusSeconds(600), BREAK, false);
            assertThat(ended.phase()).isEqualTo(Phase.ENDED);
            assertThat(ended.endReason()).isEqualTo(EndReason.FINISHED);
            assertThat(ended.length()).isEqualTo(Duration.ofMinutes(10));
        }
        LiveSession onBreak = fresh.apply(LiveAction.PAUSE, BEN, T0, BREAK, false);
        assertThat(onBreak.apply(LiveAction.END, ANA, T0.plusSeconds(5), BREAK, false).phase()).isEqualTo(Phase.ENDED);
    }

    @Test
    void anAbandonedSessionEndsAtItsLengthPlusTheGraceTime() {
        Instant due = T0.plus(Duration.ofMinutes(60));
        assertThat(fresh.endsBy()).isEqualTo(due);
        assertThat(fresh.expireIfDue(due.minusMillis(1))).isSameAs(fresh);
        LiveSession expired = fresh.expireIfDue(due);
        assertThat(expired.phase()).isEqualTo(Phase.ENDED);
        assertThat(expired.endReason()).isEqualTo(EndReason.ABANDONED);
        assertThat(expired.endedAt()).isEqualTo(due);
        assertThatThrownBy(() -> fresh.apply(LiveAction.DONE_SPEAKING, ANA, due.plusSeconds(1), BREAK, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get("action").code()).isEqualTo("live.refused.ended"));
    }

    @Test
    void somebodyOutsideTheSessionCannotActAtAll() {
        PersonId stranger = PersonId.of(UUID.randomUUID().toString());
        assertThatThrownBy(() -> fresh.apply(LiveAction.END, stranger, T0, BREAK, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiveSession.start(UUID.randomUUID(), ANA, ANA, T0, BREAK, BREAK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private LiveSession in(Phase phase) {
        LiveSession s = fresh;
        switch (phase) {
            case SPEAKING -> { }
            case REFLECTING -> s = s.apply(LiveAction.DONE_SPEAKING, ANA, T0, BREAK, false);
            case CONFIRMING -> s = s.apply(LiveAction.DONE_SPEAKING, ANA, T0, BREAK, false).apply(LiveAction.REFLECTED, BEN, T0, BREAK, false);
            case BREAK -> s = s.apply(LiveAction.PAUSE, ANA, T0, BREAK, false);
            case ENDED -> s = s.apply(LiveAction.END, ANA, T0, BREAK, false);
        }
        assertThat(s.phase()).isEqualTo(phase);
        return s;
    }
}
