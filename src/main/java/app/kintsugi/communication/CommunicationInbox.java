package app.kintsugi.communication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.program.DueItem;
import app.kintsugi.program.DueItemSource;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;
import app.kintsugi.program.WaitingItem;
import app.kintsugi.program.WaitingSource;
import app.kintsugi.shared.PerRequest;

/**
 * Tells Today about a conversation planned for today (due), a proposal waiting for the person's
 * answer, a live session running now and threads with messages they have not read (news), and a
 * proposal of theirs the partner has not answered yet (waiting). News, never a reminder.
 */
@Component
@RequiredArgsConstructor
class CommunicationInbox implements InboxSource, DueItemSource, WaitingSource {

    private final Conversations conversations;
    private final Dialogues dialogues;
    private final Accounts accounts;
    private final Clock clock;

    private List<Conversations.Standing> inMySpace(PersonId person) {
        return PerRequest.remember("communication.today.conversations", person, () -> conversations.standingsInMySpace(person));
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        List<InboxItem> items = new ArrayList<>();
        for (Conversations.Standing c : inMySpace(person)) {
            if (c.status() == ConversationStatus.LIVE) {
                items.add(new InboxItem("inbox.conversation.live", c.partnerName(), "/conversations/" + c.id() + "/live"));
            } else if (c.awaitingMe()) {
                items.add(new InboxItem("inbox.conversation.proposed", c.partnerName(), "/conversations/" + c.id()));
            }
        }
        for (DialogueView.Summary t : dialogues.unread(person)) {
            items.add(new InboxItem("inbox.dialogue", t.partnerName(), "/dialogue/" + t.id()));
        }
        return items;
    }

    @Override
    public List<DueItem> dueFor(PersonId person) {
        List<Conversations.Standing> planned = inMySpace(person).stream()
                .filter(c -> c.status() == ConversationStatus.ACCEPTED).toList();
        if (planned.isEmpty()) {
            return List.of();
        }
        ZoneId zone = accounts.zoneOf(person);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return planned.stream()
                .filter(c -> c.startsAt().atZone(zone).toLocalDate().equals(today))
                .map(c -> new DueItem("due.conversation.today", "/conversations/" + c.id(), null, null, c.startsAt()))
                .toList();
    }

    @Override
    public List<WaitingItem> waitingFor(PersonId person) {
        return inMySpace(person).stream()
                .filter(c -> c.status().open() && c.awaitingPartner())
                .map(c -> new WaitingItem("waiting.conversation", c.partnerName(), "/conversations/" + c.id()))
                .toList();
    }
}
