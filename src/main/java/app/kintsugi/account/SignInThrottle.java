package app.kintsugi.account;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

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
 * Buckets live in this node's memory; with several nodes each node throttles on its own.
 */
final class SignInThrottle {

    private final TimeMeter time;
    private final Cache<String, Bucket> accounts = cache();
    private final Cache<String, Bucket> addresses = cache();
    private final Cache<String, Bucket> devices = cache();
    private final Cache<String, Bucket> registrations = cache();
    private final Cache<String, Bucket> codes = cache();

    private final int registrationBurst;

    SignInThrottle(Clock clock) {
        this(clock, 5);
    }

    /** @param registrationBurst registrations one address may make in ten minutes (four times that in six hours) */
    SignInThrottle(Clock clock, int registrationBurst) {
        this.registrationBurst = registrationBurst;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
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
                ? List.of(devices.get(trustedDevice, k -> bucket(10, Duration.ofMinutes(10), 30, Duration.ofHours(1))))
                : List.of(accounts.get(AccountRules.normalizeEmail(email), k -> bucket(5, Duration.ofMinutes(1), 20, Duration.ofMinutes(30))),
                        addresses.get(address == null ? "?" : address, k -> bucket(20, Duration.ofMinutes(1), 100, Duration.ofHours(1))));
        return take(needed);
    }

    /** Takes the token for one code from an authenticator app typed for this account. */
    Begin beginCode(PersonId person) {
        return take(List.of(codes.get(person.value().toString(), k -> bucket(5, Duration.ofMinutes(5), 10, Duration.ofHours(1)))));
    }

    /** A successful attempt gives its tokens back: only failures count. */
    void succeeded(Attempt attempt) {
        attempt.buckets().forEach(b -> b.addTokens(1));
    }

    /** Registrations per client address: a few per hour, so nobody can test many emails quickly. */
    long registrationWait(String address) {
        Begin begin = take(List.of(registrations.get(address == null ? "?" : address,
                k -> bucket(registrationBurst, Duration.ofMinutes(10), registrationBurst * 4, Duration.ofHours(6)))));
        return begin.allowed() ? 0 : begin.waitSeconds();
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

    private Bucket bucket(int shortCapacity, Duration shortWindow, int longCapacity, Duration longWindow) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(shortCapacity).refillGreedy(shortCapacity, shortWindow).build())
                .addLimit(Bandwidth.builder().capacity(longCapacity).refillGreedy(longCapacity, longWindow).build())
                .withCustomTimePrecision(time)
                .build();
    }

    private static Cache<String, Bucket> cache() {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(6)).build();
    }
}
