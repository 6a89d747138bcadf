package app.kintsugi.transparency.api;

import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.moments.Breaks;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.platform.api.Paged;
import app.kintsugi.transparency.DisclosurePart;
import app.kintsugi.transparency.PartMark;
import app.kintsugi.transparency.PreparedDisclosureStatus;
import app.kintsugi.transparency.PreparedDisclosureView;
import app.kintsugi.transparency.PreparedDisclosures;
import app.kintsugi.transparency.QuestionStatus;
import app.kintsugi.transparency.QuestionView;
import app.kintsugi.transparency.Questions;
import app.kintsugi.transparency.ReadingWay;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/disclosures")
@Tag(name = "Prepared disclosure", description = "Step 4: one planned, complete account, written privately in four parts "
        + "(timeline, hidden, who-knows, contact-now), shown to a counselor first if its author chooses, given once at a time "
        + "both agreed, then read, marked part by part and asked about. Until a time is proposed it does not exist for the "
        + "partner; until it is given they see only the meeting. Once given it does not change: later words are additions.")
@RequiredArgsConstructor
class PreparedDisclosureApi {

    static final String PATH = "/api/v1/disclosures";
    private final PreparedDisclosures disclosures;
    private final Questions questions;

    /** The text of each part, by its name: timeline, hidden, who-knows, contact-now. A part left out is saved empty. */
    record DraftBody(Map<String, String> parts) {
    }

    /**
     * A time to give it: {@code day} YYYY-MM-DD and {@code time} HH:MM in my time zone; {@code way} (how I want to read it)
     * only when I am the one it is for, and then required.
     */
    record MeetingTimeBody(String day, String time, ReadingWay way) {
    }

    /** {@code way}: how I want to read it, when I am the one it is for. */
    record AcceptBody(ReadingWay way) {
    }

    /** {@code part}: timeline, hidden, who-knows or contact-now. */
    record PartMarkBody(String part, PartMark mark) {
    }

    /** A question about one part, asked of its author in the question box. */
    record PartQuestionBody(String part, String text) {
    }

    record AdditionBody(String text) {
    }

    record DisclosureAddition(UUID id, String text, Instant addedAt) {
    }

    /** A counselor's note back to the author about the draft: for the author only. */
    record DisclosureReviewNote(String counselorName, String text, Instant at) {
    }

    /**
     * A prepared disclosure as I may see it. {@code parts} and {@code marks} are keyed by the part's name; before it is
     * given the one it is for gets no text at all. {@code newAdditions}: how many additions are new to me, counted when I
     * say I read it. {@code live}: both are still in the space it was written in. {@code writtenAlone}: I started it alone
     * and it is meant for nobody yet; {@code partnerName} is then whoever joined my space since (it stays mine until I
     * propose a time), or null while nobody did, and what needs a partner waits ({@code canPropose} false).
     */
    record PreparedDisclosure(UUID id, boolean mine, String authorName, String partnerName, PreparedDisclosureStatus status,
            Map<String, String> parts, Instant updatedAt, Instant meetAt, ReadingWay way, boolean proposedByMe, Instant givenAt,
            Map<String, PartMark> marks, List<DisclosureAddition> additions, int newAdditions, boolean live,
            DisclosureReviewNote reviewNote, boolean canEdit, boolean canPropose, boolean canAccept, boolean canGive, boolean canMark,
            boolean canAdd, long version, String href, boolean writtenAlone) {

        static PreparedDisclosure of(PreparedDisclosureView d) {
            Map<String, String> parts = new LinkedHashMap<>();
            Map<String, PartMark> marks = new LinkedHashMap<>();
            for (DisclosurePart p : DisclosurePart.values()) {
                if (d.part(p) != null) {
                    parts.put(p.key(), d.part(p));
                }
                if (d.mark(p) != null) {
                    marks.put(p.key(), d.mark(p));
                }
            }
            var note = d.reviewNote();
            return new PreparedDisclosure(d.id(), d.mine(), d.authorName(), d.partnerName(), d.status(), parts, d.updatedAt(), d.meetAt(),
                    d.way(), d.proposedByMe(), d.givenAt(), marks,
                    d.additions().stream().map(a -> new DisclosureAddition(a.id(), a.text(), a.addedAt())).toList(), d.newAdditions(),
                    d.live(), note == null ? null : new DisclosureReviewNote(note.counselorName(), note.text(), note.at()), d.canEdit(),
                    d.canPropose(), d.canAccept(), d.canGive(), d.canMark(), d.canAdd(), d.version(), PATH + "/" + d.id(),
                    d.alone());
        }
    }

    /**
     * A break while writing or reading it. {@code onBreak}: one of us is taking one now ({@code mine}: I am), back at
     * {@code until}; otherwise the rest is null.
     */
    record DisclosurePause(boolean onBreak, Boolean mine, String name, Instant until) {

        static DisclosurePause of(java.util.Optional<Breaks.BreakView> b) {
            return b.map(v -> new DisclosurePause(true, v.mine(), v.name(), v.until()))
                    .orElse(new DisclosurePause(false, null, null, null));
        }
    }

    /**
     * Mine in my space, if I started one (alone too), those written for me that I may know about, and mine from spaces
     * that have ended (read only).
     */
    record PreparedDisclosureLists(PreparedDisclosure mine, List<PreparedDisclosure> forMe, List<PreparedDisclosure> fromEndedSpaces) {
    }

    /** A question asked about one part; {@code href} is its thread in the question box. */
    record DisclosureQuestion(UUID id, String part, boolean askedByMe, String text, QuestionStatus status, Instant askedAt,
            Instant answeredAt, String answer, String href) {

        static DisclosureQuestion of(QuestionView q) {
            return new DisclosureQuestion(q.id(), q.about() == null ? null : q.about().key(), q.askedByMe(), q.text(), q.status(),
                    q.askedAt(), q.answeredAt(), q.answer().map(QuestionView.Response::text).orElse(null),
                    "/api/v1/questions/" + q.threadId());
        }
    }

    @GetMapping
    @Operation(summary = "My prepared disclosure, and those written for me")
    PreparedDisclosureLists overview(@AuthenticationPrincipal PersonPrincipal me) {
        return new PreparedDisclosureLists(disclosures.own(me.id()).map(PreparedDisclosure::of).orElse(null),
                disclosures.forMe(me.id()).stream().map(PreparedDisclosure::of).toList(),
                disclosures.fromEndedSpaces(me.id()).stream().map(PreparedDisclosure::of).toList());
    }

    @PostMapping
    @Operation(summary = "Start my prepared disclosure, or get the one I already started")
    ResponseEntity<PreparedDisclosure> start(@AuthenticationPrincipal PersonPrincipal me) {
        UUID id = disclosures.start(me.id());
        PreparedDisclosureView d = disclosures.read(me.id(), id);
        return ResponseEntity.created(URI.create(PATH + "/" + id)).eTag(EntityTags.of(d.version())).body(PreparedDisclosure.of(d));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A prepared disclosure as I may see it; the ETag is its version",
            description = "Reading it here does not count as having read it: say so with POST …/read.")
    ResponseEntity<PreparedDisclosure> read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return answer(disclosures.read(me.id(), id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the parts of my draft; every sitting continues where the last one stopped",
            description = "Send the ETag read as If-Match.")
    ResponseEntity<PreparedDisclosure> save(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody DraftBody body) {
        long expected = EntityTags.expected(ifMatch);
        Map<DisclosurePart, String> texts = new EnumMap<>(DisclosurePart.class);
        Map<String, String> given = body.parts() == null ? Map.of() : body.parts();
        for (DisclosurePart p : DisclosurePart.values()) {
            texts.put(p, given.get(p.key()));
        }
        disclosures.save(me.id(), id, expected, texts);
        return answer(disclosures.read(me.id(), id));
    }

    @PostMapping("/{id}/time")
    @Operation(summary = "Propose a time to give it (its author before it is given; the one it is for, another time)",
            description = "Send the ETag read as If-Match.")
    ResponseEntity<PreparedDisclosure> propose(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody MeetingTimeBody body) {
        long expected = EntityTags.expected(ifMatch);
        disclosures.propose(me.id(), id, expected, body.day(), body.time(), body.way() == null ? null : body.way().name());
        return answer(disclosures.read(me.id(), id));
    }

    @PostMapping("/{id}/time/accept")
    @Operation(summary = "Agree to the time the other proposed", description = "Send the ETag read as If-Match.")
    ResponseEntity<PreparedDisclosure> accept(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody(required = false) AcceptBody body) {
        long expected = EntityTags.expected(ifMatch);
        disclosures.accept(me.id(), id, expected, body == null || body.way() == null ? null : body.way().name());
        return answer(disclosures.read(me.id(), id));
    }

    @PostMapping("/{id}/give")
    @Operation(summary = "Give my disclosure, at the time both agreed: from now on it is read and does not change",
            description = "Send the ETag read as If-Match.")
    ResponseEntity<PreparedDisclosure> give(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long expected = EntityTags.expected(ifMatch);
        disclosures.give(me.id(), id, expected);
        return answer(disclosures.read(me.id(), id));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Open it to read: once given, for the one it is for, this counts as read, and the additions not seen "
            + "before are counted as new this once")
    ResponseEntity<PreparedDisclosure> open(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return answer(disclosures.open(me.id(), id));
    }

    @PostMapping("/{id}/marks")
    @Operation(summary = "Say of one part: answered, or I still have questions; it can be changed")
    ResponseEntity<PreparedDisclosure> mark(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody PartMarkBody body) {
        disclosures.mark(me.id(), id, body.part(), body.mark() == null ? null : body.mark().name());
        return answer(disclosures.read(me.id(), id));
    }

    @PostMapping("/{id}/additions")
    @Operation(summary = "Add something to my disclosure after it was given: dated, shown apart, never merged into it")
    ResponseEntity<PreparedDisclosure> add(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody AdditionBody body) {
        disclosures.add(me.id(), id, body.text());
        PreparedDisclosureView d = disclosures.read(me.id(), id);
        return ResponseEntity.status(201).eTag(EntityTags.of(d.version())).body(PreparedDisclosure.of(d));
    }

    @GetMapping("/{id}/questions")
    @Operation(summary = "The questions asked about its parts, oldest first")
    Paged<DisclosureQuestion> asked(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return Paged.of(questions.askedAbout(me.id(), id).stream().map(DisclosureQuestion::of).toList(), page, size,
                PATH + "/" + id + "/questions");
    }

    @PostMapping("/{id}/questions")
    @Operation(summary = "Ask about one part of a disclosure given to me; it goes to the question box")
    ResponseEntity<DisclosureQuestion> ask(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody PartQuestionBody body) {
        UUID asked = questions.askAbout(me.id(), id, body.part(), body.text());
        DisclosureQuestion q = DisclosureQuestion.of(questions.thread(me.id(), asked).first());
        return ResponseEntity.created(URI.create(q.href())).body(q);
    }

    @GetMapping("/{id}/break")
    @Operation(summary = "Whether one of us is taking a break from it now (the author while writing, either of us once given)")
    DisclosurePause pause(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return DisclosurePause.of(disclosures.currentBreak(me.id(), disclosures.read(me.id(), id)));
    }

    @PostMapping("/{id}/break")
    @Operation(summary = "Take a break while writing or reading it: the other sees only that I am on a break, and until when")
    DisclosurePause takeBreak(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return DisclosurePause.of(java.util.Optional.of(disclosures.takeBreak(me.id(), id)));
    }

    @DeleteMapping("/{id}/break")
    @Operation(summary = "End my break before its time")
    DisclosurePause endBreak(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        disclosures.endBreak(me.id(), id);
        return DisclosurePause.of(disclosures.currentBreak(me.id(), disclosures.read(me.id(), id)));
    }

    private static ResponseEntity<PreparedDisclosure> answer(PreparedDisclosureView d) {
        return ResponseEntity.ok().eTag(EntityTags.of(d.version())).body(PreparedDisclosure.of(d));
    }
}
