package app.kintsugi.communication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A written-dialogue thread with its messages, oldest first, as one partner sees it.
 *
 * @param ended the space it was written in has ended: only the viewer's own words are in it (the
 *              topic is null when the other started it) and nothing more can be sent
 */
public record DialogueView(UUID id, String topic, String starterName, boolean startedByMe, Instant createdAt,
        List<Message> messages, boolean ended) {

    public record Message(UUID id, String authorName, boolean mine, String text, Instant sentAt) {
    }

    /** A thread in the list: its topic, how many messages and how many the viewer has not read. */
    public record Summary(UUID id, String topic, String starterName, String partnerName, boolean startedByMe, int messages, int unread,
            Instant lastMessageAt) {
    }
}
