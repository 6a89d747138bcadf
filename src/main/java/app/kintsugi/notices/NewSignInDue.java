package app.kintsugi.notices;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.account.Sessions;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.QuickAction;

/**
 * Tells a person on Today that someone signed in to their account from a browser it had not seen,
 * since they last looked at their sessions: the partner who knows the password shows up here. Lives
 * with the notices because it speaks to the person (and, through reminders, may bring a neutral
 * mail), and this module may use both the account and Today.
 */
@Component
@RequiredArgsConstructor
class NewSignInDue implements DueItemSource {

    static final String KEY = "due.account.newSignIn";

    /** The answer Today offers under a change the person may not have made: it was me, or let me look. */
    static final QuickAction WAS_IT_ME = new QuickAction("/settings/sessions/seen", Map.of(), "answer",
            List.of(new QuickAction.Choice("me", "due.account.newSignIn.wasMe"),
                    new QuickAction.Choice("look", "due.account.newSignIn.look")));

    private final Sessions sessions;

    @Override
    public List<DueItem> dueFor(PersonId person) {
        if (sessions.newSignInsSinceLastLook(person).isEmpty()) {
            return List.of();
        }
        return List.of(new DueItem(KEY, "/settings/sessions", null, WAS_IT_ME));
    }
}
