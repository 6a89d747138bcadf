package app.kintsugi.responsibility;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;
import app.kintsugi.program.WaitingItem;
import app.kintsugi.program.WaitingSource;

/**
 * Tells Today about apologies the partner sent that were not opened yet, about an answer to one's
 * own apology, and that a sent apology is with the partner. Once opened, a received apology is never
 * mentioned again, answered or not: no reminder pushes for an answer.
 */
@Component
@RequiredArgsConstructor
class ApologyInbox implements InboxSource, WaitingSource {

    private final Apologies apologies;
    private final Couples couples;

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        List<java.util.UUID> received = apologies.unopenedIds(person);
        List<java.util.UUID> answered = apologies.answeredUnseen(person);
        if (received.isEmpty() && answered.isEmpty()) {
            return List.of();
        }
        String partner = partnerName(person);
        List<InboxItem> items = new ArrayList<>();
        received.forEach(id -> items.add(new InboxItem("inbox.apology", partner, "/apologies/" + id)));
        answered.forEach(id -> items.add(new InboxItem("inbox.apology.answered", partner, "/apologies/" + id)));
        return items;
    }

    @Override
    public List<WaitingItem> waitingFor(PersonId person) {
        List<java.util.UUID> sent = apologies.sentUnanswered(person);
        if (sent.isEmpty()) {
            return List.of();
        }
        String partner = partnerName(person);
        return sent.stream().map(id -> new WaitingItem("waiting.apology", partner, "/apologies/" + id)).toList();
    }

    private String partnerName(PersonId person) {
        return couples.partnerName(person).orElse("");
    }
}
