package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.Reflections;

/**
 * Someone else's entry and an id that does not exist are answered with the same page, status and, within
 * the noise of a busy machine, the same time (decisions 4 and 32): the refusal is written to the audit
 * log only after its answer left. Measured over real HTTP, in a random order of both kinds so neither
 * always follows the other, and compared by medians, which a few slow requests do not move.
 */
class RefusalTimingTest extends IntegrationTest {

    private static final int ROUNDS = 200;

    @Autowired
    Reflections reflections;

    @Autowired
    AuditLog audit;

    @Test
    void aRefusalTakesAsLongAsAMissingEntry() {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        ReflectionId bens = reflections.create(ben.id(),
                new ReflectionDraft(null, "Only mine to read", null, null, Map.of(), null));
        HttpAgent browser = new HttpAgent(port);
        browser.signIn(ana.email(), TestAccounts.PASSWORD);

        String refused = "/reflections/" + bens.value();
        // Warm up both paths (templates, statements, JIT) before anything is measured.
        for (int i = 0; i < 30; i++) {
            assertThat(browser.get(refused).status()).isEqualTo(404);
            assertThat(browser.get("/reflections/" + UUID.randomUUID()).status()).isEqualTo(404);
        }

        List<Boolean> order = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            order.add(true);
            order.add(false);
        }
        Collections.shuffle(order, new Random(32));
        List<Long> refusals = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        String refusedBody = null;
        String missingBody = null;
        for (boolean refusal : order) {
            String path = refusal ? refused : "/reflections/" + UUID.randomUUID();
            long start = System.nanoTime();
            HttpAgent.Page page = browser.get(path);
            long took = System.nanoTime() - start;
            assertThat(page.status()).isEqualTo(404);
            if (refusal) {
                refusals.add(took);
                refusedBody = withoutNonce(page.body());
            } else {
                missing.add(took);
                missingBody = withoutNonce(page.body());
            }
        }

        assertThat(refusedBody).isEqualTo(missingBody);
        double refusedMedian = median(refusals) / 1e6;
        double missingMedian = median(missing) / 1e6;
        System.out.printf("refusal timing: median refused %.3f ms, median missing %.3f ms over %d each%n",
                refusedMedian, missingMedian, ROUNDS);
        // An audit row written before the answer costs a transaction and, on SQLite, a sync to disk:
        // milliseconds. Two indexed reads that only a refusal makes cost a fraction of one.
        assertThat(refusedMedian - missingMedian)
                .as("median refused %.3f ms vs missing %.3f ms", refusedMedian, missingMedian)
                .isLessThan(Math.max(1.5, missingMedian * 0.15));
        // Every refusal is still recorded, after its answer.
        assertThat(audit.eventsAbout(bens.value()).stream().filter(e -> e.action().equals("READ_DENIED")).count())
                .isEqualTo(30 + ROUNDS);
    }

    private static String withoutNonce(String body) {
        return body.replaceAll("nonce=\"[^\"]+\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "")
                .replaceAll("content=\"[^\"]{30,}\"", "");
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
