package app.kintsugi.communication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.communication.internal.DialogueRepository;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Written dialogue: threads on one topic between the two partners of a space, for couples who do
 * better in writing. A message is sealed with its writer's key and readable by the two partners
 * while their space lasts. Sent messages do not change. What the tone coach was shown is never
 * stored: only what is sent.
 */
@Service
@RequiredArgsConstructor
public class Dialogues {

    static final String THREAD_KIND = "dialogue-thread";
    static final String MESSAGE_KIND = "dialogue-message";
    public static final int MAX_TOPIC = 300;
    /** Threads of ended spaces listed, at most. */
    private static final int ENDED_SHOWN = 200;
    private static final Logger log = LoggerFactory.getLogger(Dialogues.class);

    private final DialogueRepository repository;
    private final app.kintsugi.privacy.ContentCipher cipher;
    private final TwoPersonEntries entries;
    private final Couples couples;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;

    /** Starts a thread with its first message. Needs a partner in the space. */
    @Transactional
    public UUID start(PersonId starter, String topic, String firstMessage) {
        String cleanTopic = Texts.clean(topic);
        String cleanMessage = Texts.clean(firstMessage);
        Validation v = new Validation();
        v.requiredText("topic", cleanTopic, MAX_TOPIC, "dialogue.topic.required");
        v.requiredText("text", cleanMessage, Validation.MAX_TEXT, "dialogue.text.required");
        CoupleSpace space = couples.completeSpace(starter).orElse(null);
        if (space == null) {
            v.reject("topic", "dialogue.noPartner");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        repository.insertThread(new DialogueRepository.ThreadRow(id, space.id(), starter, space.partnerId().orElseThrow(),
                cipher.seal(starter, THREAD_KIND, id, cleanTopic), now, now));
        insertMessage(starter, id, cleanMessage, now);
        repository.markRead(id, starter, now);
        progress.noteActivity(starter, CommunicationExercises.DIALOGUE);
        log.info("event=dialogue_started thread={} couple={}", id, space.id());
        return id;
    }

    /** Adds a message to a thread the person shares with their partner. */
    @Transactional
    public UUID post(PersonId author, UUID threadId, String text) {
        requireAccess(author, threadId);
        String clean = Texts.clean(text);
        new Validation().requiredText("text", clean, Validation.MAX_TEXT, "dialogue.text.required").throwIfInvalid();
        long now = clock.millis();
        UUID id = insertMessage(author, threadId, clean, now);
        repository.markRead(threadId, author, now);
        progress.noteDone(author, CommunicationExercises.DIALOGUE);
        log.info("event=dialogue_message thread={} message={}", threadId, id);
        return id;
    }

    /** The thread with its messages; opening it marks what is there as read. */
    @Transactional
    public DialogueView open(PersonId viewer, UUID threadId) {
        DialogueView view = read(viewer, threadId);
        if (view.ended()) {
            return view;
        }
        view.messages().stream().map(DialogueView.Message::sentAt).max(Instant::compareTo)
                .ifPresent(last -> repository.markRead(threadId, viewer, last.toEpochMilli()));
        return view;
    }

    /**
     * The thread as the viewer may read it. Once its space has ended, each of the two reads only what
     * they wrote in it, and the one who did not start it sees it only if they wrote in it (decision 0028).
     */
    public DialogueView read(PersonId viewer, UUID threadId) {
        var thread = repository.thread(threadId).orElseThrow(NotFoundException::new);
        var written = repository.messages(threadId);
        Access access = entries.require(viewer, new TwoPersonEntry(ref(thread), thread.partner()),
                () -> written.stream().anyMatch(m -> m.author().equals(viewer)));
        boolean ended = access == Access.FORMER;
        List<DialogueView.Message> messages = written.stream()
                .filter(m -> !ended || m.author().equals(viewer))
                .map(m -> new DialogueView.Message(m.id(), name(m.author()), m.author().equals(viewer),
                        cipher.open(m.author(), MESSAGE_KIND, m.id(), m.content()), Instant.ofEpochMilli(m.createdAt())))
                .toList();
        boolean mine = thread.starter().equals(viewer);
        return new DialogueView(threadId, ended && !mine ? null : topic(thread), name(thread.starter()), mine,
                Instant.ofEpochMilli(thread.createdAt()), messages, ended);
    }

    /** The threads of the viewer's current space, most recent message first. */
    public List<DialogueView.Summary> threads(PersonId viewer) {
        return couples.activeCoupleOf(viewer).map(couple -> {
            List<DialogueRepository.ThreadRow> rows = repository.threads(couple).stream()
                    .filter(t -> couples.areActivePartners(couple, t.starter(), t.partner())).toList();
            // One query for every thread's counts, however many threads the couple has.
            java.util.Map<UUID, int[]> counts = rows.isEmpty() ? java.util.Map.of() : repository.messageCounts(couple, viewer);
            return rows.stream()
                    .map(t -> {
                        int[] c = counts.getOrDefault(t.id(), new int[2]);
                        return new DialogueView.Summary(t.id(), topic(t), name(t.starter()),
                                name(t.starter().equals(viewer) ? t.partner() : t.starter()), t.starter().equals(viewer),
                                c[0], c[1], Instant.ofEpochMilli(t.lastMessageAt()));
                    })
                    .toList();
        }).orElse(List.of());
    }

    /**
     * Threads of spaces that have ended that the viewer started or wrote in, most recent first, with
     * only what is theirs: the topic if they started it, and how many messages they wrote.
     */
    public List<DialogueView.Summary> endedThreads(PersonId viewer) {
        var rows = repository.threadsInvolving(viewer, ENDED_SHOWN).stream()
                .filter(t -> entries.spaceEnded(new TwoPersonEntry(ref(t), t.partner()))).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, Integer> written = repository.messageCountsBy(viewer);
        return rows.stream()
                .filter(t -> t.starter().equals(viewer) || written.containsKey(t.id()))
                .map(t -> new DialogueView.Summary(t.id(), t.starter().equals(viewer) ? topic(t) : null, name(t.starter()),
                        name(t.starter().equals(viewer) ? t.partner() : t.starter()), t.starter().equals(viewer),
                        written.getOrDefault(t.id(), 0), 0, Instant.ofEpochMilli(t.lastMessageAt())))
                .toList();
    }

    /** Threads with messages from the partner the viewer has not opened. */
    public List<DialogueView.Summary> unread(PersonId viewer) {
        return threads(viewer).stream().filter(t -> t.unread() > 0).toList();
    }

    private UUID insertMessage(PersonId author, UUID threadId, String text, long now) {
        UUID id = UUID.randomUUID();
        repository.insertMessage(new DialogueRepository.MessageRow(id, threadId, author,
                cipher.seal(author, MESSAGE_KIND, id, text), now));
        return id;
    }

    private DialogueRepository.ThreadRow requireAccess(PersonId viewer, UUID threadId) {
        var thread = repository.thread(threadId).orElseThrow(NotFoundException::new);
        entries.requireWhileBothIn(viewer, new TwoPersonEntry(ref(thread), thread.partner()));
        return thread;
    }

    private static EntryRef ref(DialogueRepository.ThreadRow t) {
        return new EntryRef(THREAD_KIND, t.id(), t.starter(), Visibility.PARTNER, t.couple());
    }

    private String topic(DialogueRepository.ThreadRow t) {
        return cipher.open(t.starter(), THREAD_KIND, t.id(), t.topic());
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }
}
