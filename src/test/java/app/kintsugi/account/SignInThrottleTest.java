package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import app.kintsugi.MutableClock;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(new InMemoryBuckets(SignInThrottle.clientConfig(clock)),
            (purpose, value) -> purpose + "/" + value, 5);

    @Test
    void aFewTyposCostNothingAndSuccessesNeverCount() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.begin("ana@example.org", "10.0.0.1", null).allowed()).isTrue();
        }
        for (int i = 0; i < 50; i++) {
            var ok = throttle.begin("ana@example.org", "10.0.0.1", null);
            assertThat(ok.allowed()).isTrue();
            throttle.succeeded(ok.attempt());
        }
    }

    @Test
    void delaysGrowWithContinuedFailuresAndAlwaysEnd() {
        long firstWait = failUntilWaiting("ana@example.org");
        assertThat(firstWait).isBetween(1L, 15L);
        clock.advance(Duration.ofSeconds(firstWait));
        long longest = firstWait;
        for (int round = 0; round < 25; round++) {
            long wait = failUntilWaiting("ana@example.org");
            longest = Math.max(longest, wait);
            clock.advance(Duration.ofSeconds(wait));
        }
        assertThat(longest).isGreaterThan(60).isLessThanOrEqualTo(90);
        // Never a lock-out: after the wait an attempt is possible again.
        assertThat(throttle.begin("ana@example.org", "10.9.9.9", null).allowed()).isTrue();
    }

    @Test
    void someoneGuessingWrongCannotKeepThePersonOutOfTheirOwnBrowser() {
        // The partner hammers the account from the shared home connection...
        failUntilWaiting("ana@example.org");
        assertThat(throttle.begin("ana@example.org", "10.0.0.1", null).allowed()).isFalse();
        // ...but Ana's own browser, trusted since her last sign-in, is not slowed down.
        var fromHerBrowser = throttle.begin("ana@example.org", "10.0.0.1", "device-hash-of-anas-browser");
        assertThat(fromHerBrowser.allowed()).isTrue();
    }

    @Test
    void parallelGuessesCannotOvertakeTheLimit() {
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.begin("ana@example.org", "10.0.1." + i, null).allowed()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDown() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.begin("person" + i + "@example.org", "192.0.2.7", null).allowed()).isTrue();
        }
        assertThat(throttle.begin("fresh@example.org", "192.0.2.7", null).allowed()).isFalse();
        assertThat(throttle.begin("fresh@example.org", "192.0.2.8", null).allowed()).isTrue();
    }

    @Test
    void emailsAreComparedWithoutCaseOrSpaces() {
        for (int i = 0; i < 5; i++) {
            throttle.begin(" Ana@Example.org ", "10.1.0." + i, null);
        }
        assertThat(throttle.begin("ana@example.org", "10.1.1.1", null).allowed()).isFalse();
    }

    @Test
    void registrationsFromOneAddressAreLimited() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.registrationWait("198.51.100.1")).isZero();
        }
        assertThat(throttle.registrationWait("198.51.100.1")).isPositive();
        assertThat(throttle.registrationWait("198.51.100.2")).isZero();
    }

    /** Fails from fresh addresses until the account asks for a wait; returns that wait in seconds. */
    private long failUntilWaiting(String email) {
        for (int i = 0; i < 100; i++) {
            var attempt = throttle.begin(email, "10.2." + (i / 250) + "." + (i % 250), null);
            if (!attempt.allowed()) {
                return attempt.waitSeconds();
            }
        }
        throw new AssertionError("never throttled");
    }

    @Test
    void codesFromAnAppHaveTheirOwnAllowancePerAccountSpentOnlyByWrongOnes() {
        PersonId ana = PersonId.of(java.util.UUID.randomUUID().toString());
        PersonId ben = PersonId.of(java.util.UUID.randomUUID().toString());
        for (int i = 0; i < 20; i++) {
            var right = throttle.beginCode(ana);
            assertThat(right.allowed()).as("right codes never count").isTrue();
            throttle.succeeded(right.attempt());
        }
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.beginCode(ana).allowed()).isTrue();
        }
        var waiting = throttle.beginCode(ana);
        assertThat(waiting.allowed()).isFalse();
        assertThat(waiting.waitSeconds()).isBetween(1L, 60L);
        assertThat(throttle.beginCode(ben).allowed()).as("another account is not slowed down").isTrue();
        // Wrong passwords for the account are a separate allowance: codes do not spend it.
        assertThat(throttle.begin("ana@example.org", "10.0.0.9", null).allowed()).isTrue();
        clock.advance(Duration.ofSeconds(waiting.waitSeconds()));
        assertThat(throttle.beginCode(ana).allowed()).as("after the wait, a code can be typed again").isTrue();
        // For a fresh account: ten wrong codes at first, then at most ten an hour, whatever the pace.
        PersonId cara = PersonId.of(java.util.UUID.randomUUID().toString());
        int firstHour = 0;
        int secondHour = 0;
        for (int minute = 0; minute < 120; minute++) {
            while (throttle.beginCode(cara).allowed()) {
                if (minute < 60) {
                    firstHour++;
                } else {
                    secondHour++;
                }
            }
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(firstHour).isBetween(10, 20);
        assertThat(secondHour).isBetween(9, 11);
    }
}
