package app.kintsugi.responsibility;

import java.util.List;

import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;

/**
 * Tells the dashboard about apologies the partner sent that were not opened yet. Once opened, it is
 * never mentioned again, answered or not: no reminder pushes for an answer.
 */
@Component
class ApologyInbox implements InboxSource {

    private final Apologies apologies;

    ApologyInbox(Apologies apologies) {
        this.apologies = apologies;
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        return apologies.unopened(person).stream()
                .map(a -> new InboxItem("inbox.apology", a.authorName(), "/apologies/" + a.id()))
                .toList();
    }
}
