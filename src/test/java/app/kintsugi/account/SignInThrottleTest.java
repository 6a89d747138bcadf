package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import app.kintsugi.MutableClock;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void aFewTyposCostNothing() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("ana@example.org", "10.0.0.1");
        }
        assertThat(throttle.secondsToWait("ana@example.org", "10.0.0.1")).isZero();
    }

    @Test
    void delaysGrowWithContinuedFailuresAndAlwaysEnd() {
        long previous = 0;
        long longest = 0;
        for (int round = 0; round < 8; round++) {
            for (int i = 0; i < 5; i++) {
                throttle.recordFailure("ana@example.org", "10.0.0." + (round * 5 + i));
            }
            long wait = throttle.secondsToWait("ana@example.org", "10.0.0.99");
            assertThat(wait).isGreaterThanOrEqualTo(previous);
            previous = wait;
            longest = Math.max(longest, wait);
        }
        assertThat(longest).isGreaterThan(60);
        // Never a lock-out: after the wait the account accepts an attempt again.
        clock.advance(Duration.ofSeconds(longest + 1));
        assertThat(throttle.secondsToWait("ana@example.org", "10.0.0.99")).isZero();
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDown() {
        for (int i = 0; i < 25; i++) {
            throttle.recordFailure("person" + i + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.secondsToWait("fresh@example.org", "192.0.2.7")).isPositive();
        assertThat(throttle.secondsToWait("fresh@example.org", "192.0.2.8")).isZero();
    }

    @Test
    void emailsAreComparedWithoutCaseOrSpaces() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(" Ana@Example.org ", "10.1.0." + i);
        }
        assertThat(throttle.secondsToWait("ana@example.org", "10.1.1.1")).isPositive();
    }
}
