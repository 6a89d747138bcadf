package app.kintsugi.account;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import app.kintsugi.account.internal.AccountRules;
import app.kintsugi.platform.ClockTimeMeter;

/**
 * Slows down guessing with growing delays and never locks anyone out of their own account.
 *
 * <ul>
 * <li>Every attempt takes a token when it arrives (so parallel guesses cannot overtake the limit)
 * and gets it back when it succeeds: only failures count.</li>
 * <li>From an unknown browser, an attempt needs a token for the account and one for the client
 * address. A few typos cost nothing; continued failures wait longer (a short and a long window):
 * about 12 seconds after five, then up to 90 seconds per attempt.</li>
 * <li>From a browser the person already signed in with (a trusted device), only that device's own
 * allowance applies. Someone guessing wrong elsewhere, even on purpose, never slows them down.</li>
 * <li>A code from an authenticator app has its own allowance per account, spent only by wrong codes
 * (five, then no more than ten an hour), because six digits could be guessed at server
 * speed by someone who knows the password. A correct password with a valid code gets in whatever the
 * password's buckets say; recovery codes and mailed sign-in codes cannot be guessed and are never
 * slowed down.</li>
 * </ul>
 *
 * Buckets live in the database ({@link SignInBuckets}), so all nodes share one allowance: an attacker
 * gains nothing by reaching several. A bucket is found by a pseudonym of what it counts, never by the
 * email, address or id itself, and its row is deleted once the bucket would be full again
 * ({@link #removeExpired()}), when it is the same as no row. Time is the injected clock's.
 */
final class SignInThrottle {

    private static final String PURPOSE = "sign-in-throttle";
    /** How long a row is kept after its bucket would be full again; nothing depends on it but the table's size. */
    private static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(1);
    private static final int REMOVAL_BATCH = 1_000;

    private static final BucketConfiguration ACCOUNT = configuration(5, Duration.ofMinutes(1), 20, Duration.ofMinutes(30));
    private static final BucketConfiguration ADDRESS = configuration(20, Duration.ofMinutes(1), 100, Duration.ofHours(1));
    private static final BucketConfiguration DEVICE = configuration(10, Duration.ofMinutes(10), 30, Duration.ofHours(1));
    private static final BucketConfiguration CODE = configuration(5, Duration.ofMinutes(5), 10, Duration.ofHours(1));

    private final ProxyManager<String> buckets;
    private final Pseudonyms pseudonyms;
    private final BucketConfiguration registration;

    /**
     * @param buckets           where buckets are kept, built with {@link #clientConfig(Clock)}
     * @param registrationBurst registrations one address may make in ten minutes (four times that in six hours)
     */
    SignInThrottle(ProxyManager<String> buckets, Pseudonyms pseudonyms, int registrationBurst) {
        this.buckets = buckets;
        this.pseudonyms = pseudonyms;
        this.registration = configuration(registrationBurst, Duration.ofMinutes(10), registrationBurst * 4, Duration.ofHours(6));
    }

    /** The throttle of a running server: buckets in the database, on the given clock. */
    static SignInThrottle shared(JdbcClient jdbc, Clock clock, Pseudonyms pseudonyms, int registrationBurst) {
        return new SignInThrottle(new SignInBuckets(jdbc, clientConfig(clock)), pseudonyms, registrationBurst);
    }

    /** Bucket4j's settings for any store of these buckets: the clock's time, rows that expire once full. */
    static ClientSideConfig clientConfig(Clock clock) {
        return ClientSideConfig.getDefault()
                .withClientClock(new ClockTimeMeter(clock))
                .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL));
    }

    /** The tokens an attempt holds; returned if it succeeds. */
    record Attempt(List<Bucket> buckets) {
    }

    /** Either an attempt that may go ahead, or the seconds to wait. */
    record Begin(Attempt attempt, long waitSeconds) {

        boolean allowed() {
            return attempt != null;
        }
    }

    /**
     * Takes the tokens for one sign-in attempt.
     *
     * @param trustedDevice the hash of a device token that belongs to this email's account, or null
     */
    Begin begin(String email, String address, String trustedDevice) {
        List<Bucket> needed = trustedDevice != null
                ? List.of(bucket("device", trustedDevice, DEVICE))
                : List.of(bucket("account", AccountRules.normalizeEmail(email), ACCOUNT),
                        bucket("address", address == null ? "?" : address, ADDRESS));
        return take(needed);
    }

    /** Takes the token for one code from an authenticator app typed for this account. */
    Begin beginCode(PersonId person) {
        return take(List.of(bucket("code", person.value().toString(), CODE)));
    }

    /**
     * Takes the token for the password typed again by someone signed in (before an export or closing
     * the account): the account's own allowance, kept apart from signing in so that neither can use
     * up the other.
     */
    Begin beginAgain(PersonId person) {
        return take(List.of(bucket("again", person.value().toString(), ACCOUNT)));
    }

    /** A successful attempt gives its tokens back: only failures count. */
    void succeeded(Attempt attempt) {
        attempt.buckets().forEach(b -> b.addTokens(1));
    }

    /** Registrations per client address: a few per hour, so nobody can test many emails quickly. */
    long registrationWait(String address) {
        Begin begin = take(List.of(bucket("registration", address == null ? "?" : address, registration)));
        return begin.allowed() ? 0 : begin.waitSeconds();
    }

    /** Deletes the rows of buckets that are full again; returns how many. */
    int removeExpired() {
        if (!(buckets instanceof ExpiredEntriesCleaner cleaner)) {
            return 0;
        }
        int total = 0;
        int removed;
        do {
            removed = cleaner.removeExpired(REMOVAL_BATCH);
            total += removed;
        } while (removed == REMOVAL_BATCH);
        return total;
    }

    /** The key a bucket is stored under: a pseudonym of its kind and what it counts. */
    String key(String kind, String value) {
        return pseudonyms.of(PURPOSE, kind + ":" + value);
    }

    private Begin take(List<Bucket> needed) {
        List<Bucket> taken = new ArrayList<>();
        long waitNanos = 0;
        for (Bucket bucket : needed) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                taken.add(bucket);
            } else {
                waitNanos = Math.max(waitNanos, probe.getNanosToWaitForRefill());
            }
        }
        if (waitNanos > 0) {
            taken.forEach(b -> b.addTokens(1));
            return new Begin(null, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
        return new Begin(new Attempt(List.copyOf(taken)), 0);
    }

    private Bucket bucket(String kind, String value, BucketConfiguration configuration) {
        return buckets.builder().build(key(kind, value), () -> configuration);
    }

    private static BucketConfiguration configuration(int shortCapacity, Duration shortWindow, int longCapacity, Duration longWindow) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(shortCapacity).refillGreedy(shortCapacity, shortWindow).build())
                .addLimit(Bandwidth.builder().capacity(longCapacity).refillGreedy(longCapacity, longWindow).build())
                .build();
    }
}
