package app.kintsugi.communication;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.InboxItem;
import app.kintsugi.program.InboxSource;

/**
 * Tells the dashboard about a conversation proposal waiting for the person's answer, a live
 * session running now, and threads with messages they have not read. News, never a reminder.
 */
@Component
class CommunicationInbox implements InboxSource {

    private final Conversations conversations;
    private final Dialogues dialogues;

    CommunicationInbox(Conversations conversations, Dialogues dialogues) {
        this.conversations = conversations;
        this.dialogues = dialogues;
    }

    @Override
    public List<InboxItem> itemsFor(PersonId person) {
        List<InboxItem> items = new ArrayList<>();
        for (ConversationView c : conversations.inMySpace(person)) {
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
}
