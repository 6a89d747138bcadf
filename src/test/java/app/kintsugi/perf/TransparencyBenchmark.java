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
import app.kintsugi.transparency.AmendStatus;
import app.kintsugi.transparency.Amends;
import app.kintsugi.transparency.Disclosures;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.Outcome;

/**
 * A year of step 4 for one couple, far more than most will ever write: 300 questions (every other
 * one deferred first, every answer then changed once), 200 things shared, 100 amends done and a
 * daily commitment kept for a year. Times the question box, a question's page and the first and
 * tenth pages of the accountability timeline over HTTP. Not part of the test suite; run it as
 * perf/README.md says.
 */
class TransparencyBenchmark extends IntegrationTest {

    private static final int QUESTIONS = 300;
    private static final int DISCLOSURES = 200;
    private static final int AMENDS = 100;
    private static final int DAYS = 365;
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    @Autowired
    Questions questions;

    @Autowired
    Disclosures disclosures;

    @Autowired
    Amends amends;

    @Autowired
    Commitments commitments;

    @Test
    void aYearOfQuestionsDisclosuresAmendsAndKeptDays() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        clock.advance(Duration.ofDays(-DAYS));
        long setup = System.nanoTime();
        UUID commitment = commitments.create(ben.id(), new CommitmentDraft("Home by seven", "DAILY", List.of(), "", "", "PARTNER"));
        UUID firstQuestion = null;
        for (int d = 0; d < DAYS; d++) {
            String today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid"))).toString();
            commitments.report(ben.id(), commitment, today, Outcome.KEPT, null);
            if (d < QUESTIONS) {
                UUID q = questions.ask(ana.id(), "Question " + d + ": what did it mean to you, and is it over?");
                firstQuestion = firstQuestion == null ? q : firstQuestion;
                int version = 0;
                if (d % 2 == 0) {
                    questions.respond(ben.id(), q, version++, "NEED_TIME", "I want to answer this properly.", today);
                }
                questions.respond(ben.id(), q, version++, "ANSWER", "An honest answer, several sentences long. ".repeat(8), null);
                questions.changeAnswer(ben.id(), q, version, "A fuller answer, several sentences long. ".repeat(10));
            }
            if (d < DISCLOSURES) {
                UUID disclosure = disclosures.share(ben.id(), "I want you to know something, number " + d + ".");
                disclosures.acknowledge(ana.id(), disclosure, d % 3 == 0 ? "Thank you for telling me." : null);
            }
            if (d < AMENDS) {
                UUID a = amends.plan(ben.id(), "Action " + d + " to repair", today);
                amends.setStatus(ben.id(), a, 0, AmendStatus.DONE);
            }
            clock.advance(Duration.ofDays(1));
        }
        System.out.printf("PERF setup: a year of step 4 written in %d ms%n", (System.nanoTime() - setup) / 1_000_000);

        Timings.report("dashboard, whole HTTP request", time(ana, "/"));
        Timings.report("question box (" + QUESTIONS + " questions), whole HTTP request", time(ana, "/questions"));
        Timings.report("one question's page, whole HTTP request", time(ana, "/questions/" + firstQuestion));
        Timings.report("accountability timeline page 1 (of ~" + (QUESTIONS + DISCLOSURES + AMENDS + DAYS) / 20 + ")", time(ana, "/accountability"));
        Timings.report("accountability timeline page 10", time(ana, "/accountability?page=10"));
    }

    private long[] time(TestPerson viewer, String path) throws Exception {
        return Timings.time(WARM_UP, RUNS, () -> Timings.fetch(mvc, viewer, path));
    }
}
