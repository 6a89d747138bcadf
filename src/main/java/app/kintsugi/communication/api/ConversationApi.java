package app.kintsugi.communication.api;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.communication.ConversationStatus;
import app.kintsugi.communication.ConversationView;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.PlanDraft;
import app.kintsugi.platform.api.EntityTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations", description = "Step 2: conversations planned ahead. One proposes a time; the other accepts, "
        + "declines or answers with another time; both agree to the ground rules before it starts.")
@RequiredArgsConstructor
class ConversationApi {

    static final String PATH = "/api/v1/conversations";
    private final Conversations conversations;

    /**
     * A plan: {@code date} YYYY-MM-DD and {@code time} HH:mm in my time zone, {@code minutes} from 10 to 120. Another
     * time for a planned conversation changes only the date, the time and the length.
     */
    record ConversationPlanBody(String topic, String date, String time, Integer minutes, String place) {

        PlanDraft draft() {
            return new PlanDraft(topic, date, time, minutes == null ? null : String.valueOf(minutes), place);
        }
    }

    record Conversation(UUID id, boolean mine, String proposerName, String partnerName, String topic, String place, Instant startsAt,
            int minutes, ConversationStatus status, boolean awaitingMe, boolean awaitingPartner, boolean agreedByMe,
            boolean agreedByPartner, boolean startable, long version, String href) {

        static Conversation of(ConversationView v) {
            return new Conversation(v.id(), v.mine(), v.proposerName(), v.partnerName(), v.topic(), v.place().orElse(null), v.startsAt(),
                    v.minutes(), v.status(), v.awaitingMe(), v.awaitingPartner(), v.agreedByMe(), v.agreedByPartner(), v.startable(),
                    v.version(), PATH + "/" + v.id());
        }
    }

    /** A conversation of a space that ended, with only what I wrote: the topic and place if I planned it. */
    record EndedConversationLine(UUID id, Instant startsAt, int minutes, String otherName, boolean plannedByMe, String topic,
            String place) {
    }

    /** {@code open}: proposed or accepted or live, soonest first; {@code past}: the rest of our space's. */
    record ConversationLists(List<Conversation> open, List<Conversation> past, List<EndedConversationLine> ended) {
    }

    @GetMapping
    @Operation(summary = "Our planned conversations: open ones soonest first, past ones, and mine from a space that ended")
    ConversationLists all(@AuthenticationPrincipal PersonPrincipal me) {
        List<ConversationView> all = conversations.inMySpace(me.id());
        return new ConversationLists(
                all.stream().filter(c -> c.status().open() || c.status() == ConversationStatus.LIVE)
                        .sorted(Comparator.comparing(ConversationView::startsAt)).map(Conversation::of).toList(),
                all.stream().filter(c -> !c.status().open() && c.status() != ConversationStatus.LIVE).map(Conversation::of).toList(),
                conversations.fromEndedSpaces(me.id()).stream().map(e -> new EndedConversationLine(e.id(), e.startsAt(), e.minutes(),
                        e.otherName(), e.plannedByMe(), e.topic(), e.place())).toList());
    }

    @PostMapping
    @Operation(summary = "Propose a conversation to my partner")
    ResponseEntity<Conversation> propose(@AuthenticationPrincipal PersonPrincipal me, @RequestBody ConversationPlanBody body) {
        UUID id = conversations.propose(me.id(), body.draft());
        ConversationView view = conversations.read(me.id(), id);
        return ResponseEntity.created(URI.create(PATH + "/" + id)).eTag(EntityTags.of(view.version())).body(Conversation.of(view));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One planned conversation")
    ResponseEntity<Conversation> read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        ConversationView view = conversations.read(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(Conversation.of(view));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept the time proposed to me", description = "Send the ETag read as If-Match.")
    ResponseEntity<Conversation> accept(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long expected = EntityTags.expected(ifMatch);
        conversations.accept(me.id(), id, expected);
        return read(me, id);
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline the time proposed to me, take back my proposal, or call off an accepted conversation",
            description = "Send the ETag read as If-Match.")
    ResponseEntity<Conversation> decline(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long expected = EntityTags.expected(ifMatch);
        conversations.decline(me.id(), id, expected);
        return read(me, id);
    }

    @PostMapping("/{id}/time")
    @Operation(summary = "Answer with another time, or move an accepted conversation", description = "It then waits for my "
            + "partner. Send the ETag read as If-Match.")
    ResponseEntity<Conversation> proposeTime(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody ConversationPlanBody body) {
        long expected = EntityTags.expected(ifMatch);
        conversations.proposeTime(me.id(), id, expected, body.draft());
        return read(me, id);
    }

    @PostMapping("/{id}/agree")
    @Operation(summary = "Agree to the ground rules as they stand now, for this conversation")
    ResponseEntity<Conversation> agree(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        conversations.agree(me.id(), id);
        return read(me, id);
    }
}
