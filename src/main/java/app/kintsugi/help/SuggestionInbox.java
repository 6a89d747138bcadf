package app.kintsugi.help;

import java.util.List;

import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;

/**
 * Tells Today (and so the inbox) that the counselor suggested something to this person, while it
 * waits for their answer. The line names neither the counselor nor what was suggested (the inbox's
 * history names the partner, and Today may be seen over a shoulder): the counselor page says the rest.
 * Several at once are one line.
 */
@Component
class SuggestionInbox implements InboxSource {

    private final CounselorSuggestions suggestions;

    SuggestionInbox(CounselorSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        return suggestions.waitingFor(person).stream()
                .map(s -> new InboxItem("inbox.counselor.suggestion", "", "/help/counselor#suggestion-" + s.id()))
                .toList();
    }
}
