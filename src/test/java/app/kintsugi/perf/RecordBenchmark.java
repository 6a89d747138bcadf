package app.kintsugi.perf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Outcome;

/**
 * The consistency record of a commitment with two years of daily check-ins: how long the record
 * (figures, heat map, trend) takes to compute, and the whole commitment page to render over HTTP.
 * Not part of the test suite (the name does not end in Test); run it as perf/README.md says.
 */
class RecordBenchmark extends IntegrationTest {

    private static final int DAYS = 730;
    private static final int WARM_UP = 100;
    private static final int RUNS = 300;

    @Autowired
    Commitments commitments;

    @Test
    void recordOfTwoYearsOfDailyCheckIns() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        clock.advance(Duration.ofDays(-DAYS));
        UUID id = commitments.create(ben.id(), new CommitmentDraft("Tell you where I am", "DAILY", List.of(), "", "", "PARTNER"));
        Outcome[] pattern = {Outcome.KEPT, Outcome.KEPT, Outcome.KEPT, Outcome.PARTLY, Outcome.KEPT, Outcome.NOT_KEPT, Outcome.KEPT};
        long setup = System.nanoTime();
        for (int d = 0; d < DAYS; d++) {
            String today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid"))).toString();
            if (d % 11 != 10) { // about one day in eleven stays unanswered
                commitments.report(ben.id(), id, today, pattern[d % pattern.length], d % 5 == 0 ? "note " + d : null);
                if (d % 3 == 0) {
                    commitments.confirm(ana.id(), id, today, 0, d % 33 == 0 ? Confirmation.DISPUTED : Confirmation.CONFIRMED, null);
                }
            }
            clock.advance(Duration.ofDays(1));
        }
        System.out.printf("PERF setup: %d days of check-ins written in %d ms%n", DAYS, (System.nanoTime() - setup) / 1_000_000);

        long[] record = Timings.time(WARM_UP, RUNS, () -> commitments.record(ana.id(), id));
        long[] page = Timings.time(WARM_UP, RUNS, () -> Timings.fetch(mvc, ana, "/commitments/" + id));
        Timings.report("record (figures, heat map, trend) for " + DAYS + " days", record);
        Timings.report("commitment page, whole HTTP request", page);
    }
}
