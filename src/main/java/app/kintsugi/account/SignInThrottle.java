package app.kintsugi.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Slows down guessing with growing delays, per account and per client address, and never locks an
 * account: a partner must not be able to shut the other out. Only failed attempts spend tokens.
 * A short window allows a few typos; a longer window makes the wait grow while failures continue;
 * failures beyond both go into debt, so hammering lengthens the wait further (up to about an hour
 * for an address, minutes for an account), after which every attempt is possible again.
 * Buckets live in this node's memory; with several nodes each node throttles on its own.
 */
final class SignInThrottle {

    private final TimeMeter time;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    SignInThrottle(Clock clock) {
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
        this.accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(2)).build();
        this.addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(2)).build();
    }

    /** Seconds the caller must wait before this attempt may be checked; 0 when it may go ahead. */
    long secondsToWait(String email, String address) {
        long nanos = Math.max(wait(accountBucket(email)), wait(addressBucket(address)));
        return nanos == 0 ? 0 : Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    void recordFailure(String email, String address) {
        accountBucket(email).consumeIgnoringRateLimits(1);
        addressBucket(address).consumeIgnoringRateLimits(1);
    }

    private static long wait(Bucket bucket) {
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
    }

    private Bucket accountBucket(String email) {
        return accounts.get(AccountRules.normalizeEmail(email).toLowerCase(Locale.ROOT), k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(5).refillGreedy(5, Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofMinutes(30)).build())
                .withCustomTimePrecision(time)
                .build());
    }

    private Bucket addressBucket(String address) {
        return addresses.get(address == null ? "?" : address, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(100).refillGreedy(100, Duration.ofHours(1)).build())
                .withCustomTimePrecision(time)
                .build());
    }
}
