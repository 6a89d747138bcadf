package app.kintsugi.responsibility;

import java.util.List;

import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;

/** Tells the dashboard about apologies the partner sent that have no answer yet. Never a reminder. */
@Component
class ApologyInbox implements InboxSource {

    private final Apologies apologies;

    ApologyInbox(Apologies apologies) {
        this.apologies = apologies;
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        return apologies.received(person).stream()
                .filter(a -> a.answer().isEmpty())
                .map(a -> new InboxItem("inbox.apology", a.authorName(), "/apologies/" + a.id()))
                .toList();
    }
}
