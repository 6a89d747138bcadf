package app.kintsugi.respect;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;

/**
 * Tells the dashboard about an appreciation the partner sent, until it is opened. News, never a
 * reminder: nothing here ever asks anyone to send one.
 */
@Component
@RequiredArgsConstructor
class RespectDashboard implements InboxSource {

    private final Appreciations appreciations;

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        return appreciations.unseen(person).stream()
                .map(a -> new InboxItem("inbox.appreciation", a.fromName(), "/appreciations#a-" + a.id()))
                .toList();
    }
}
