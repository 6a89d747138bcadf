package app.kintsugi.movingon.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.movingon.Accountability;
import app.kintsugi.movingon.AccountableDraft;
import app.kintsugi.movingon.AccountableEntry;
import app.kintsugi.movingon.Addressee;
import app.kintsugi.movingon.Forgiveness;
import app.kintsugi.movingon.ForgivenessMark;
import app.kintsugi.movingon.ForgivenessPosition;
import app.kintsugi.movingon.Letter;
import app.kintsugi.movingon.MovingOn;
import app.kintsugi.movingon.SharedPosition;
import app.kintsugi.movingon.SharedSummary;
import app.kintsugi.movingon.UnsentLetters;
import app.kintsugi.movingon.WhyDraft;
import app.kintsugi.movingon.WhyEntry;
import app.kintsugi.movingon.WhyReflections;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/moving-on")
@Tag(name = "Moving on", description = "Step 6: understanding why it happened (private, with a summary that can be shared), "
        + "forgiveness on nobody's schedule (a private, dated history; one position at a time can be shown to the partner), "
        + "letters that may never be sent, and accountable writing that is never shared.")
@RequiredArgsConstructor
class MovingOnApi {

    static final String BASE = "/api/v1/moving-on";

    private final WhyReflections why;
    private final Forgiveness forgiveness;
    private final UnsentLetters letters;
    private final Accountability accountability;
    private final MovingOn movingOn;

    /** PRIVATE takes it back; PARTNER shares it with the partner in the current space. */
    record MovingOnVisibilityBody(Visibility visibility) {
    }

    // ---- Why it happened ----

    /** The three areas; at least one is needed. */
    record WhyBody(String relationship, String inMe, String outside) {
    }

    record WhySummaryBody(String summary) {
    }

    /** A reflection on why, as its author sees it: {@code visibility} and {@code sharedNow} are about the summary alone. */
    record WhyReflection(UUID id, String relationship, String inMe, String outside, String summary, Visibility visibility,
            boolean sharedNow, Instant createdAt, Instant updatedAt, long version, String href, String summaryHref) {

        static WhyReflection of(WhyEntry e) {
            return new WhyReflection(e.id(), e.content().relationship(), e.content().inMe(), e.content().outside(), e.summary(),
                    e.visibility(), e.sharedNow(), e.createdAt(), e.updatedAt(), e.version(), BASE + "/why/" + e.id(),
                    e.summary() == null ? null : BASE + "/shared/why/" + e.id());
        }
    }

    /** A summary as the partner (or its author) reads it. */
    record WhySummary(UUID id, boolean mine, String summary, Instant sharedAt, String href) {

        static WhySummary of(SharedSummary s) {
            return new WhySummary(s.id(), s.mine(), s.summary(), s.sharedAt(), BASE + "/shared/why/" + s.id());
        }
    }

    @GetMapping("/why")
    @Operation(summary = "My reflections on why it happened")
    List<WhyReflection> whyList(@AuthenticationPrincipal PersonPrincipal me) {
        return why.mine(me.id()).stream().map(WhyReflection::of).toList();
    }

    @PostMapping("/why")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a reflection on why it happened (private)")
    ResponseEntity<WhyReflection> whyCreate(@AuthenticationPrincipal PersonPrincipal me, @RequestBody WhyBody body) {
        UUID id = why.create(me.id(), new WhyDraft(body.relationship(), body.inMe(), body.outside()));
        WhyEntry e = why.readOwn(me.id(), id);
        return ResponseEntity.created(URI.create(BASE + "/why/" + id)).eTag(EntityTags.of(e.version())).body(WhyReflection.of(e));
    }

    @GetMapping("/why/{id}")
    @Operation(summary = "One of my reflections on why it happened")
    ResponseEntity<WhyReflection> whyRead(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        WhyEntry e = why.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(e.version())).body(WhyReflection.of(e));
    }

    @PutMapping("/why/{id}")
    @Operation(summary = "Change my reflection", description = "Send the ETag read as If-Match.")
    ResponseEntity<WhyReflection> whyUpdate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody WhyBody body) {
        long expected = EntityTags.expected(ifMatch);
        why.update(me.id(), id, expected, new WhyDraft(body.relationship(), body.inMe(), body.outside()));
        WhyEntry e = why.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(e.version())).body(WhyReflection.of(e));
    }

    @PutMapping("/why/{id}/summary")
    @Operation(summary = "Write, change or empty the summary", description = "Send the ETag read as If-Match. An emptied summary is no "
            + "longer shared.")
    ResponseEntity<WhyReflection> whySummary(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody WhySummaryBody body) {
        long expected = EntityTags.expected(ifMatch);
        why.writeSummary(me.id(), id, expected, body.summary());
        WhyEntry e = why.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(e.version())).body(WhyReflection.of(e));
    }

    @PutMapping("/why/{id}/visibility")
    @Operation(summary = "Share the summary with my partner (PARTNER) or take it back (PRIVATE)")
    ResponseEntity<WhyReflection> whyVisibility(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody(required = false) MovingOnVisibilityBody body) {
        // Someone else's entry is "not found" whatever they sent; only its author hears about a wrong body.
        why.readOwn(me.id(), id);
        if (shares(body)) {
            why.share(me.id(), id);
        } else {
            why.unshare(me.id(), id);
        }
        WhyEntry e = why.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(e.version())).body(WhyReflection.of(e));
    }

    @DeleteMapping("/why/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my reflection and its summary")
    void whyDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        why.delete(me.id(), id);
    }

    @GetMapping("/shared/why/{id}")
    @Operation(summary = "A summary my partner shares with me (or my own)", description = "The first read by the partner marks it seen.")
    WhySummary whySharedRead(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return WhySummary.of(why.summary(me.id(), id));
    }

    // ---- What the partner shares ----

    record SharedForgivenessPosition(UUID id, ForgivenessPosition position, Instant at) {

        static SharedForgivenessPosition of(SharedPosition p) {
            return new SharedForgivenessPosition(p.id(), p.position(), p.at());
        }
    }

    /** Only what the partner chose to share, one entry at a time; {@code partnerName} is null without a partner. */
    record MovingOnShared(String partnerName, List<WhySummary> summaries, List<SharedForgivenessPosition> positions,
            List<UnsentLetter> letters) {
    }

    @GetMapping("/shared")
    @Operation(summary = "What my partner chose to share with me from this step")
    MovingOnShared shared(@AuthenticationPrincipal PersonPrincipal me) {
        return movingOn.sharedWithMe(me.id())
                .map(f -> new MovingOnShared(f.partnerName(), f.summaries().stream().map(WhySummary::of).toList(),
                        f.positions().stream().map(SharedForgivenessPosition::of).toList(),
                        f.letters().stream().map(UnsentLetter::of).toList()))
                .orElse(new MovingOnShared(null, List.of(), List.of(), List.of()));
    }

    // ---- Forgiveness ----

    /** A position (NOT_THINKING, UNSURE, WONDERING, SOME_DAYS, LESS_HOLD) and an optional note that is always private. */
    record ForgivenessMarkBody(String position, String note) {
    }

    record ForgivenessMarkEntry(UUID id, ForgivenessPosition position, String note, boolean shared, boolean sharedNow, Instant at,
            String href) {

        static ForgivenessMarkEntry of(ForgivenessMark m) {
            return new ForgivenessMarkEntry(m.id(), m.position(), m.note(), m.shared(), m.sharedNow(), m.at(),
                    BASE + "/forgiveness/" + m.id());
        }
    }

    @GetMapping("/forgiveness")
    @Operation(summary = "My forgiveness history, newest first (for the hurt partner and for both)")
    List<ForgivenessMarkEntry> forgivenessHistory(@AuthenticationPrincipal PersonPrincipal me) {
        return forgiveness.history(me.id()).stream().map(ForgivenessMarkEntry::of).toList();
    }

    @PostMapping("/forgiveness")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Note where I am now (private)")
    ResponseEntity<ForgivenessMarkEntry> forgivenessRecord(@AuthenticationPrincipal PersonPrincipal me, @RequestBody ForgivenessMarkBody body) {
        UUID id = forgiveness.record(me.id(), body.position(), body.note());
        ForgivenessMarkEntry entry = mark(me, id);
        return ResponseEntity.created(URI.create(entry.href())).body(entry);
    }

    @GetMapping("/forgiveness/{id}")
    @Operation(summary = "One position of my history")
    ForgivenessMarkEntry forgivenessRead(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return mark(me, id);
    }

    @PutMapping("/forgiveness/{id}/visibility")
    @Operation(summary = "Show this one position and its date to my partner (PARTNER), or take it back (PRIVATE)",
            description = "The note is never shown.")
    ForgivenessMarkEntry forgivenessVisibility(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody(required = false) MovingOnVisibilityBody body) {
        forgiveness.mark(me.id(), id);
        if (shares(body)) {
            forgiveness.share(me.id(), id);
        } else {
            forgiveness.unshare(me.id(), id);
        }
        return mark(me, id);
    }

    @DeleteMapping("/forgiveness/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a position from my history")
    void forgivenessDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        forgiveness.delete(me.id(), id);
    }

    // ---- Letters ----

    /** Whom it is to (PARTNER, MYSELF, PAST_SELF) and the letter. */
    record UnsentLetterBody(String to, String text) {
    }

    record UnsentLetter(UUID id, boolean mine, Addressee to, String text, Visibility visibility, boolean sharedNow, Instant createdAt,
            Instant updatedAt, long version, String href) {

        static UnsentLetter of(Letter l) {
            return new UnsentLetter(l.id(), l.mine(), l.to(), l.text(), l.mine() ? l.visibility() : Visibility.PARTNER, l.sharedNow(),
                    l.createdAt(), l.updatedAt(), l.version(), BASE + "/letters/" + l.id());
        }
    }

    @GetMapping("/letters")
    @Operation(summary = "My letters")
    List<UnsentLetter> letterList(@AuthenticationPrincipal PersonPrincipal me) {
        return letters.mine(me.id()).stream().map(UnsentLetter::of).toList();
    }

    @PostMapping("/letters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a letter (private)")
    ResponseEntity<UnsentLetter> letterCreate(@AuthenticationPrincipal PersonPrincipal me, @RequestBody UnsentLetterBody body) {
        UUID id = letters.create(me.id(), body.to(), body.text());
        Letter l = letters.readOwn(me.id(), id);
        return ResponseEntity.created(URI.create(BASE + "/letters/" + id)).eTag(EntityTags.of(l.version())).body(UnsentLetter.of(l));
    }

    @GetMapping("/letters/{id}")
    @Operation(summary = "A letter: mine, or one my partner shares with me", description = "The first read by the partner marks it seen.")
    ResponseEntity<UnsentLetter> letterRead(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        Letter l = letters.read(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(l.version())).body(UnsentLetter.of(l));
    }

    @PutMapping("/letters/{id}")
    @Operation(summary = "Change my letter", description = "Send the ETag read as If-Match.")
    ResponseEntity<UnsentLetter> letterUpdate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody UnsentLetterBody body) {
        long expected = EntityTags.expected(ifMatch);
        letters.update(me.id(), id, expected, body.to(), body.text());
        Letter l = letters.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(l.version())).body(UnsentLetter.of(l));
    }

    @PutMapping("/letters/{id}/visibility")
    @Operation(summary = "Share my letter with my partner (PARTNER) or take it back (PRIVATE)")
    ResponseEntity<UnsentLetter> letterVisibility(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody(required = false) MovingOnVisibilityBody body) {
        letters.readOwn(me.id(), id);
        if (shares(body)) {
            letters.share(me.id(), id);
        } else {
            letters.unshare(me.id(), id);
        }
        Letter l = letters.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(l.version())).body(UnsentLetter.of(l));
    }

    @DeleteMapping("/letters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my letter")
    void letterDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        letters.delete(me.id(), id);
    }

    // ---- Accountable ----

    /** What I did, what I have learned, what I keep doing, what I still owe; at least one is needed. */
    record AccountableBody(String did, String learned, String keepDoing, String stillOwe) {

        AccountableDraft draft() {
            return new AccountableDraft(did, learned, keepDoing, stillOwe);
        }
    }

    record AccountableWriting(UUID id, String did, String learned, String keepDoing, String stillOwe, Instant createdAt, Instant updatedAt,
            long version, String href) {

        static AccountableWriting of(AccountableEntry e) {
            return new AccountableWriting(e.id(), e.content().did(), e.content().learned(), e.content().keepDoing(), e.content().stillOwe(),
                    e.createdAt(), e.updatedAt(), e.version(), BASE + "/accountable/" + e.id());
        }
    }

    @GetMapping("/accountable")
    @Operation(summary = "My accountable writing (for the partner who broke trust and for both; never shared)")
    List<AccountableWriting> accountableList(@AuthenticationPrincipal PersonPrincipal me) {
        return accountability.mine(me.id()).stream().map(AccountableWriting::of).toList();
    }

    @PostMapping("/accountable")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write (private, never shared)")
    ResponseEntity<AccountableWriting> accountableCreate(@AuthenticationPrincipal PersonPrincipal me, @RequestBody AccountableBody body) {
        UUID id = accountability.create(me.id(), body.draft());
        AccountableEntry e = accountability.readOwn(me.id(), id);
        return ResponseEntity.created(URI.create(BASE + "/accountable/" + id)).eTag(EntityTags.of(e.version()))
                .body(AccountableWriting.of(e));
    }

    @GetMapping("/accountable/{id}")
    @Operation(summary = "One piece of my accountable writing")
    ResponseEntity<AccountableWriting> accountableRead(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        AccountableEntry e = accountability.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(e.version())).body(AccountableWriting.of(e));
    }

    @PutMapping("/accountable/{id}")
    @Operation(summary = "Change my accountable writing", description = "Send the ETag read as If-Match.")
    ResponseEntity<AccountableWriting> accountableUpdate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AccountableBody body) {
        long expected = EntityTags.expected(ifMatch);
        accountability.update(me.id(), id, expected, body.draft());
        AccountableEntry e = accountability.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(e.version())).body(AccountableWriting.of(e));
    }

    @DeleteMapping("/accountable/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my accountable writing")
    void accountableDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        accountability.delete(me.id(), id);
    }

    // ---- Inside ----

    private static boolean shares(MovingOnVisibilityBody body) {
        if (body == null || body.visibility() == null || body.visibility() == Visibility.COUNSELOR) {
            throw InvalidInputException.of("visibility", "movingon.visibility.invalid");
        }
        return body.visibility() == Visibility.PARTNER;
    }

    private ForgivenessMarkEntry mark(PersonPrincipal me, UUID id) {
        return ForgivenessMarkEntry.of(forgiveness.mark(me.id(), id));
    }
}
