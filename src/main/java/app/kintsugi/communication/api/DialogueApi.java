package app.kintsugi.communication.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.communication.DialogueView;
import app.kintsugi.communication.Dialogues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/dialogue")
@Tag(name = "Written dialogue", description = "Step 2: threads of written messages between the partners, for what is easier "
        + "to write than to say. A message is sent as written and not changed afterwards.")
@RequiredArgsConstructor
class DialogueApi {

    static final String PATH = "/api/v1/dialogue";
    private final Dialogues dialogues;

    /** A new thread: its topic and first message. */
    record DialogueThreadBody(String topic, String text) {
    }

    record DialogueMessageBody(String text) {
    }

    /** {@code messages}: how many in all (in a space that ended, how many I wrote); {@code unread}: from my partner. */
    record DialogueThreadLine(UUID id, String topic, String starterName, String partnerName, boolean startedByMe, int messages,
            int unread, Instant lastMessageAt, String href) {

        static DialogueThreadLine of(DialogueView.Summary s) {
            return new DialogueThreadLine(s.id(), s.topic(), s.starterName(), s.partnerName(), s.startedByMe(), s.messages(), s.unread(),
                    s.lastMessageAt(), PATH + "/" + s.id());
        }
    }

    record DialogueMessage(UUID id, String authorName, boolean mine, String text, Instant sentAt) {
    }

    /** {@code ended}: its space ended, so only my own words are in it and nothing more can be sent. */
    record DialogueThread(UUID id, String topic, String starterName, boolean startedByMe, Instant createdAt,
            List<DialogueMessage> messages, boolean ended, String href) {

        static DialogueThread of(DialogueView v) {
            return new DialogueThread(v.id(), v.topic(), v.starterName(), v.startedByMe(), v.createdAt(), v.messages().stream()
                    .map(m -> new DialogueMessage(m.id(), m.authorName(), m.mine(), m.text(), m.sentAt())).toList(), v.ended(),
                    PATH + "/" + v.id());
        }
    }

    record DialogueThreadLists(List<DialogueThreadLine> threads, List<DialogueThreadLine> ended) {
    }

    @GetMapping
    @Operation(summary = "Our threads, most recent message first, and mine from a space that ended")
    DialogueThreadLists all(@AuthenticationPrincipal PersonPrincipal me) {
        return new DialogueThreadLists(dialogues.threads(me.id()).stream().map(DialogueThreadLine::of).toList(),
                dialogues.endedThreads(me.id()).stream().map(DialogueThreadLine::of).toList());
    }

    @PostMapping
    @Operation(summary = "Start a thread with its first message")
    ResponseEntity<DialogueThread> start(@AuthenticationPrincipal PersonPrincipal me, @RequestBody DialogueThreadBody body) {
        UUID id = dialogues.start(me.id(), body.topic(), body.text());
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(DialogueThread.of(dialogues.read(me.id(), id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One thread with its messages, oldest first", description = "Opening it marks its messages as read.")
    DialogueThread read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return DialogueThread.of(dialogues.open(me.id(), id));
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send a message in a thread")
    DialogueThread post(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestBody DialogueMessageBody body) {
        dialogues.post(me.id(), id, body.text());
        return DialogueThread.of(dialogues.read(me.id(), id));
    }
}
