package app.kintsugi.counselor;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;

/**
 * Tells Today that the counselor suggested something to this person, while it waits for their answer.
 * A line of the person's own ("for you today"), not news from the partner: the inbox files its items
 * under the partner's name, and a suggestion does not come from them. The line names neither the
 * counselor nor what was suggested (Today may be seen over a shoulder); several at once are one line.
 */
@Component
@RequiredArgsConstructor
class SuggestionInbox implements DueItemSource {

    private final CounselorSuggestions suggestions;

    @Override
    public List<DueItem> dueFor(PersonId person) {
        return suggestions.waitingFor(person).isEmpty() ? List.of() : List.of(new DueItem("inbox.counselor.suggestion", "/help/counselor#suggestions"));
    }
}
