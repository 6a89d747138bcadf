package app.kintsugi.perf;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaires;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;

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
    TestAccounts people;

    @Autowired
    Couples couples;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Questionnaires questionnaires;

    @Test
    void twoYearsOfWeeklyCheckInsForBothPartners() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        couples.join(ben.id(), couples.start(ana.id(), Role.HURT_PARTNER).code(), Role.BROKE_TRUST);
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
        System.out.printf("PERF setup: %d weeks of check-ins for two people written in %d ms%n", WEEKS,
                (System.nanoTime() - setup) / 1_000_000);
        report("trajectory page, both lines, whole HTTP request", time(ana, "/check-in/trajectory"));
        report("check-in form, whole HTTP request", time(ana, "/check-in"));
        report("dashboard, whole HTTP request", time(ana, "/"));
    }

    private long[] time(TestPerson viewer, String path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            fetch(viewer, path);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            fetch(viewer, path);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private void fetch(TestPerson viewer, String path) throws Exception {
        int status = mvc.perform(get(path).with(user(viewer.principal()))).andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new IllegalStateException(path + ": status " + status);
        }
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("PERF %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d runs)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }
}
