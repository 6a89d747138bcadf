package app.kintsugi.export;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.platform.ClockTimeMeter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Typing the password again before a download of everything a person wrote: someone who finds a
 * signed-in phone must not walk away with it. Wrong guesses are slowed like sign-in (growing waits,
 * only failures count, never a lock-out): five in a minute, then about one every 90 seconds. The
 * allowance is the account's, in this node's memory.
 */
@Service
public class PasswordCheck {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheck.class);

    private final Accounts accounts;
    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final ClockTimeMeter time;
    private final Cache<PersonId, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    PasswordCheck(Accounts accounts, UserDetailsService users, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.encoder = encoder;
        this.time = new ClockTimeMeter(clock);
    }

    /** The answer: the password was right, wrong, or the person must wait this many seconds first. */
    public record Result(boolean ok, long waitSeconds) {

        static final Result OK = new Result(true, 0);
        static final Result WRONG = new Result(false, 0);

        public boolean mustWait() {
            return waitSeconds > 0;
        }
    }

    public Result check(PersonId person, String password) {
        Bucket bucket = buckets.get(person, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(5).refillGreedy(5, Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofMinutes(30)).build())
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long wait = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            log.info("event=export_password_throttled person={} wait_seconds={}", person, wait);
            return new Result(false, wait);
        }
        if (password != null && !password.isEmpty() && matches(person, password)) {
            bucket.addTokens(1);
            return Result.OK;
        }
        log.info("event=export_password_wrong person={}", person);
        return Result.WRONG;
    }

    private boolean matches(PersonId person, String password) {
        Person me = accounts.find(person).orElse(null);
        if (me == null) {
            return false;
        }
        try {
            String hash = users.loadUserByUsername(me.email()).getPassword();
            return hash != null && encoder.matches(password, hash);
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
