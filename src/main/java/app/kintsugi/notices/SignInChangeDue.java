package app.kintsugi.notices;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.account.SecondFactors;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;

/**
 * Tells a person on Today that how their account signs in changed (a second step turned on or off)
 * since they last looked at their sessions, as a new sign-in is told: if it was not them, that is
 * where they find out.
 */
@Component
@RequiredArgsConstructor
class SignInChangeDue implements DueItemSource {

    static final String KEY = "due.account.signInChanged";

    private final SecondFactors factors;

    @Override
    public List<DueItem> dueFor(PersonId person) {
        if (factors.changesSinceLastLook(person).isEmpty()) {
            return List.of();
        }
        return List.of(new DueItem(KEY, "/settings/security", null, NewSignInDue.WAS_IT_ME));
    }
}
