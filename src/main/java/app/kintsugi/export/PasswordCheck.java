package app.kintsugi.export;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PasswordAgain;
import app.kintsugi.account.PersonId;

/**
 * Typing the password again before a download of everything a person wrote or closing the account:
 * someone who finds a signed-in phone must not walk away with it. The allowance for wrong guesses is
 * the account's, shared by every node ({@link PasswordAgain}).
 */
@Service
@RequiredArgsConstructor
public class PasswordCheck {

    private final PasswordAgain again;

    /** The answer: the password was right, wrong, or the person must wait this many seconds first. */
    public record Result(boolean ok, long waitSeconds) {

        public boolean mustWait() {
            return waitSeconds > 0;
        }
    }

    public Result check(PersonId person, String password) {
        PasswordAgain.Result result = again.check(person, password);
        return new Result(result.ok(), result.waitSeconds());
    }
}
