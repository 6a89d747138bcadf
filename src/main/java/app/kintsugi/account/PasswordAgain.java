package app.kintsugi.account;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import app.kintsugi.account.internal.PersonRepository;

/**
 * The password typed again by someone already signed in, before something a found phone must not
 * give away (a download of everything they wrote, closing the account). Wrong guesses are slowed
 * like sign-in: only failures count, five in a minute, then about one every 90 seconds, never a
 * lock-out. The allowance is the account's and lives with the sign-in throttle's buckets in the
 * database, so every node shares it: reaching several nodes buys no extra guesses.
 */
@Service
@RequiredArgsConstructor
public class PasswordAgain {

    private static final Logger log = LoggerFactory.getLogger(PasswordAgain.class);

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;

    /** The answer: the password was right, wrong, or the person must wait this many seconds first. */
    public record Result(boolean ok, long waitSeconds) {

        static final Result OK = new Result(true, 0);
        static final Result WRONG = new Result(false, 0);

        public boolean mustWait() {
            return waitSeconds > 0;
        }
    }

    /** Checks the password; a person who does not exist any more is simply wrong. */
    public Result check(PersonId person, String password) {
        SignInThrottle.Begin begin = throttle.beginAgain(person);
        if (!begin.allowed()) {
            log.info("event=password_again_throttled person={} wait_seconds={}", person, begin.waitSeconds());
            return new Result(false, begin.waitSeconds());
        }
        String hash = people.findById(person).map(PersonRepository.Row::passwordHash).orElse(null);
        if (password != null && !password.isEmpty() && hash != null && encoder.matches(password, hash)) {
            throttle.succeeded(begin.attempt());
            return Result.OK;
        }
        log.info("event=password_again_wrong person={}", person);
        return Result.WRONG;
    }
}
