package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.IntegrationTest;

/**
 * Two throttles over one database stand for two nodes behind one address: they count the same
 * attempts, the table holds no email or address, and rows whose buckets are full again go away.
 * Runs on SQLite and, with KINTSUGI_TEST_DB=postgres, on PostgreSQL.
 */
class SharedSignInThrottleTest extends IntegrationTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    Pseudonyms pseudonyms;

    private SignInThrottle node() {
        return SignInThrottle.shared(jdbc, clock, pseudonyms, 5);
    }

    /** A client address no other test uses. */
    private static String address() {
        int n = ADDRESS.incrementAndGet();
        return "10.200." + (n / 250) + "." + (n % 250);
    }

    @Test
    void wrongPasswordsOnTwoNodesSpendOneAllowance() {
        SignInThrottle one = node();
        SignInThrottle two = node();
        String email = TestAccounts.uniqueEmail();
        for (int i = 0; i < 3; i++) {
            assertThat(one.begin(email, address(), null).allowed()).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(two.begin(email, address(), null).allowed()).isTrue();
        }
        var onOne = one.begin(email, address(), null);
        var onTwo = two.begin(email, address(), null);
        assertThat(onOne.allowed()).as("the sixth wrong attempt waits on the first node").isFalse();
        assertThat(onTwo.allowed()).as("and on the second").isFalse();
        assertThat(onOne.waitSeconds()).isBetween(1L, 15L);
        assertThat(onTwo.waitSeconds()).isBetween(1L, 15L);
        assertThat(one.begin(TestAccounts.uniqueEmail(), address(), null).allowed()).as("another account is not slowed down").isTrue();
        clock.advance(Duration.ofSeconds(Math.max(onOne.waitSeconds(), onTwo.waitSeconds())));
        assertThat(two.begin(email, address(), null).allowed()).as("after the wait, never a lock-out").isTrue();
    }

    @Test
    void thePasswordTypedAgainOnTwoNodesSpendsOneAllowanceApartFromSigningIn() {
        SignInThrottle one = node();
        SignInThrottle two = node();
        PersonId person = new PersonId(UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            assertThat(one.beginAgain(person).allowed()).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(two.beginAgain(person).allowed()).isTrue();
        }
        var onOne = one.beginAgain(person);
        assertThat(onOne.allowed()).as("the sixth wrong password waits, whichever node it reaches").isFalse();
        assertThat(two.beginAgain(person).allowed()).isFalse();
        assertThat(onOne.waitSeconds()).isBetween(1L, 15L);
        assertThat(one.beginAgain(new PersonId(UUID.randomUUID())).allowed()).as("another account is not slowed down").isTrue();
        assertThat(one.begin(TestAccounts.uniqueEmail(), address(), null).allowed()).as("signing in has its own allowance").isTrue();
        clock.advance(Duration.ofSeconds(onOne.waitSeconds()));
        var after = two.beginAgain(person);
        assertThat(after.allowed()).as("after the wait, never a lock-out").isTrue();
        two.succeeded(after.attempt());
    }

    @Test
    void aSuccessOnOneNodeGivesItsTokensBackForTheOther() {
        SignInThrottle one = node();
        SignInThrottle two = node();
        String email = TestAccounts.uniqueEmail();
        for (int i = 0; i < 4; i++) {
            assertThat(one.begin(email, address(), null).allowed()).isTrue();
        }
        for (int i = 0; i < 10; i++) {
            var right = two.begin(email, address(), null);
            assertThat(right.allowed()).as("right passwords never count, wherever they are typed").isTrue();
            two.succeeded(right.attempt());
        }
        assertThat(one.begin(email, address(), null).allowed()).isTrue();
        assertThat(two.begin(email, address(), null).allowed()).isFalse();
    }

    @Test
    void codesAddressesAndRegistrationsAreSharedToo() {
        SignInThrottle one = node();
        SignInThrottle two = node();
        PersonId person = PersonId.of(UUID.randomUUID().toString());
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? one : two).beginCode(person).allowed()).isTrue();
        }
        assertThat(one.beginCode(person).allowed()).isFalse();
        assertThat(two.beginCode(person).allowed()).isFalse();

        String guesser = address();
        for (int i = 0; i < 20; i++) {
            assertThat((i % 2 == 0 ? one : two).begin(TestAccounts.uniqueEmail(), guesser, null).allowed()).isTrue();
        }
        assertThat(two.begin(TestAccounts.uniqueEmail(), guesser, null).allowed()).as("one address, many accounts").isFalse();

        String registering = address();
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? one : two).registrationWait(registering)).isZero();
        }
        assertThat(one.registrationWait(registering)).isPositive();
        assertThat(two.registrationWait(registering)).isPositive();
    }

    @Test
    void guessesAtTheSameMomentOnBothNodesCannotOvertakeTheLimit() throws Exception {
        SignInThrottle one = node();
        SignInThrottle two = node();
        String email = TestAccounts.uniqueEmail();
        int guesses = 24;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            SignInThrottle node = i % 2 == 0 ? one : two;
            String from = address();
            tasks.add(() -> {
                start.await();
                return node.begin(email, from, null).allowed();
            });
        }
        int allowed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> results = new ArrayList<>();
            tasks.forEach(t -> results.add(pool.submit(t)));
            start.countDown();
            for (Future<Boolean> result : results) {
                if (result.get()) {
                    allowed++;
                }
            }
        }
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void theTableHoldsPseudonymsNeverAnEmailOrAddress() {
        SignInThrottle one = node();
        String email = TestAccounts.uniqueEmail();
        String from = address();
        one.begin(email, from, null);
        one.registrationWait(from);

        List<String> keys = jdbc.sql("SELECT bucket_key FROM sign_in_bucket").query(String.class).list();
        assertThat(keys).contains(one.key("account", email), one.key("address", from), one.key("registration", from));
        assertThat(keys).allMatch(k -> k.matches("[0-9a-f]{64}"), "64 hex digits");
        assertThat(keys).noneMatch(k -> k.contains(email) || k.contains(from));
        for (byte[] state : jdbc.sql("SELECT state FROM sign_in_bucket").query(byte[].class).list()) {
            String bytes = new String(state, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain(email).doesNotContain(from);
        }
    }

    @Test
    void rowsGoOnceTheirBucketsAreFullAgain() {
        SignInThrottle one = node();
        String email = TestAccounts.uniqueEmail();
        for (int i = 0; i < 6; i++) {
            one.begin(email, address(), null);
        }
        String key = one.key("account", email);
        long expiresAt = jdbc.sql("SELECT expires_at FROM sign_in_bucket WHERE bucket_key = ?").param(key).query(Long.class).single();
        // Five tokens of twenty in thirty minutes come back in seven and a half; then one minute more.
        assertThat(expiresAt - clock.millis()).isBetween(Duration.ofMinutes(8).toMillis(), Duration.ofMinutes(9).toMillis());

        one.removeExpired();
        assertThat(rows(key)).as("a bucket still refilling stays").isOne();

        clock.advance(Duration.ofMinutes(10));
        String later = TestAccounts.uniqueEmail();
        one.begin(later, address(), null);
        assertThat(one.removeExpired()).isPositive();
        assertThat(rows(key)).as("a full bucket's row is gone").isZero();
        assertThat(rows(one.key("account", later))).as("one written since stays").isOne();
        for (int i = 0; i < 5; i++) {
            assertThat(one.begin(email, address(), null).allowed()).as("without its row, the bucket is full").isTrue();
        }
        assertThat(one.begin(email, address(), null).allowed()).isFalse();
    }

    private long rows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_bucket WHERE bucket_key = ?").param(key).query(Long.class).single();
    }
}
