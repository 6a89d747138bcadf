package app.kintsugi.perf;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaires;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * Two years of weekly check-ins for both partners, both sharing their scores: how long the
 * trajectory page (every subscale's chart with both lines, labels, signals) and the check-in form
 * take over HTTP. Not part of the test suite; run it as perf/README.md says.
 */
class CheckInBenchmark extends IntegrationTest {

    private static final int WEEKS = 104;
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Questionnaires questionnaires;

    @Test
    void twoYearsOfWeeklyCheckInsForBothPartners() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        clock.advance(Duration.ofDays(-7L * WEEKS));
        long setup = System.nanoTime();
        for (int w = 0; w < WEEKS; w++) {
            for (TestPerson p : new TestPerson[] {ana, ben}) {
                Map<String, String> answers = new HashMap<>();
                for (Item item : questionnaires.weekly().items()) {
                    int span = item.scale().max() - item.scale().min();
                    answers.put(item.id(), String.valueOf(item.scale().min() + (w * 7 + item.id().length()) % (span + 1)));
                }
                checkIns.save(p.id(), answers, false);
            }
            clock.advance(Duration.ofDays(7));
        }
        clock.advance(Duration.ofDays(-7));
        checkIns.setSharing(ana.id(), true);
        checkIns.setSharing(ben.id(), true);
        var shown = checkIns.trajectory(ana.id(), java.util.Locale.ENGLISH).series().get(0);
        if (shown.mine().size() != CheckIns.WEEKS || shown.partner().size() != CheckIns.WEEKS) {
            throw new IllegalStateException("expected " + CheckIns.WEEKS + " weeks on each line, got " + shown.mine().size() + " and "
                    + shown.partner().size());
        }
        System.out.printf("PERF setup: %d weeks of check-ins for two people written in %d ms%n", WEEKS,
                (System.nanoTime() - setup) / 1_000_000);
        Timings.report("trajectory page, both lines, whole HTTP request", time(ana, "/check-in/trajectory"));
        Timings.report("check-in form, whole HTTP request", time(ana, "/check-in"));
        Timings.report("dashboard, whole HTTP request", time(ana, "/"));
    }

    private long[] time(TestPerson viewer, String path) throws Exception {
        return Timings.time(WARM_UP, RUNS, () -> Timings.fetch(mvc, viewer, path));
    }
}
