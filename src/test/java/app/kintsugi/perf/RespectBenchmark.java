package app.kintsugi.perf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.LiveAction;
import app.kintsugi.communication.LiveSessions;
import app.kintsugi.communication.PlanDraft;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.respect.KindActs;
import app.kintsugi.respect.RespectRatio;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Outcome;

/**
 * A year of mutual respect for one couple, far more than most will ever write: an appreciation each
 * way every day, two kind acts a day (one shared, one private), a daily shared commitment kept (one
 * day in ten seen differently) and a weekly live conversation with two confirmations. Times the
 * ratio page (alone and together), the appreciations and kind acts pages and the dashboard over
 * HTTP. Not part of the test suite; run it as perf/README.md says.
 */
class RespectBenchmark extends IntegrationTest {

    private static final int DAYS = 365;
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    @Autowired
    Appreciations appreciations;

    @Autowired
    KindActs kindActs;

    @Autowired
    RespectRatio ratio;

    @Autowired
    Commitments commitments;

    @Autowired
    Conversations conversations;

    @Autowired
    LiveSessions live;

    @Test
    void aYearOfAppreciationsKindActsKeptDaysAndConversations() throws Exception {
        // The space begins before the year written in it: what is noted before a partner joins stays its writer's.
        clock.advance(Duration.ofDays(-DAYS - 1));
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        clock.advance(Duration.ofDays(1));
        long setup = System.nanoTime();
        UUID commitment = commitments.create(ben.id(), new CommitmentDraft("Home by seven", "DAILY", List.of(), "", "", "PARTNER"));
        for (int d = 0; d < DAYS; d++) {
            String today = LocalDate.now(clock.withZone(MADRID)).toString();
            appreciations.send(ana.id(), "Thank you for what you did today, number " + d + ".");
            appreciations.send(ben.id(), "I valued how you listened today, number " + d + ".");
            kindActs.setShared(ben.id(), kindActs.log(ben.id(), "Made breakfast, day " + d, ""), true);
            kindActs.log(ana.id(), "Called your mother back, day " + d, "");
            commitments.report(ben.id(), commitment, today, Outcome.KEPT, null);
            commitments.confirm(ana.id(), commitment, today, 0, d % 10 == 0 ? Confirmation.DISPUTED : Confirmation.CONFIRMED, null);
            if (d % 7 == 0) {
                conversation(ana, ben);
            }
            clock.advance(Duration.ofDays(1));
        }
        appreciations.open(ana.id());
        appreciations.open(ben.id());
        System.out.printf("PERF setup: a year of respect written in %d ms%n", (System.nanoTime() - setup) / 1_000_000);

        Timings.report("ratio page, only for Ana, whole HTTP request", time(ana, "/respect/ratio"));
        ratio.setSharing(ana.id(), true);
        ratio.setSharing(ben.id(), true);
        Timings.report("ratio page, together, whole HTTP request", time(ana, "/respect/ratio"));
        Timings.report("appreciations page (" + 2 * DAYS + " appreciations, newest " + Appreciations.SHOWN + " shown)",
                time(ana, "/appreciations"));
        Timings.report("kind acts page (" + 2 * DAYS + " kind acts, newest " + KindActs.SHOWN + " shown)", time(ana, "/kind-acts"));
        Timings.report("dashboard, whole HTTP request", time(ana, "/"));
    }

    private void conversation(TestPerson ana, TestPerson ben) {
        LocalDateTime tomorrow = LocalDateTime.now(clock.withZone(MADRID)).plusDays(1);
        UUID id = conversations.propose(ana.id(), new PlanDraft("Our week", tomorrow.toLocalDate().toString(), "19:00", "30", null));
        conversations.accept(ben.id(), id, conversations.read(ben.id(), id).version());
        conversations.agree(ana.id(), id);
        conversations.agree(ben.id(), id);
        live.start(ana.id(), id, true);
        String a = live.claimDevice(ana.id(), id);
        String b = live.claimDevice(ben.id(), id);
        live.act(ana.id(), id, a, LiveAction.DONE_SPEAKING, 0, null);
        live.act(ben.id(), id, b, LiveAction.REFLECTED, 1, null);
        live.act(ana.id(), id, a, LiveAction.CONFIRM, 2, null);
        live.act(ben.id(), id, b, LiveAction.DONE_SPEAKING, 3, null);
        live.act(ana.id(), id, a, LiveAction.REFLECTED, 4, null);
        live.act(ben.id(), id, b, LiveAction.CONFIRM, 5, null);
        live.act(ana.id(), id, a, LiveAction.END, 6, null);
    }

    private long[] time(TestPerson viewer, String path) throws Exception {
        return Timings.time(WARM_UP, RUNS, () -> Timings.fetch(mvc, viewer, path));
    }
}
