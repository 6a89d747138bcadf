package app.kintsugi.notices;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.account.SecondFactors;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.QuickAction;

/**
 * Tells a person on Today that how their account signs in changed (a second step turned on or off)
 * since they last looked at their sessions, as a new sign-in is told: if it was not them, that is
 * where they find out.
 */
@Component
class SignInChangeDue implements DueItemSource {

    static final String KEY = "due.account.signInChanged";

    private final SecondFactors factors;

    SignInChangeDue(SecondFactors factors) {
        this.factors = factors;
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        if (factors.changesSinceLastLook(person).isEmpty()) {
            return List.of();
        }
        QuickAction seen = new QuickAction("/settings/sessions/seen", Map.of(), "answer",
                List.of(new QuickAction.Choice("me", "due.account.newSignIn.wasMe"),
                        new QuickAction.Choice("look", "due.account.newSignIn.look")));
        return List.of(new DueItem(KEY, "/settings/security", null, seen));
    }
}
