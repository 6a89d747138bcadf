package app.kintsugi.responsibility.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

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
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.responsibility.Answer;
import app.kintsugi.responsibility.Apologies;
import app.kintsugi.responsibility.ApologyAnalysis;
import app.kintsugi.responsibility.ApologyCoach;
import app.kintsugi.responsibility.ApologyStatus;
import app.kintsugi.responsibility.ApologyView;
import app.kintsugi.responsibility.OwnRoleDraft;
import app.kintsugi.responsibility.OwnRoleReflections;
import app.kintsugi.responsibility.OwnRoleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Responsibility", description = "Step 1: reflecting on one's own part, and the apology: drafted privately "
        + "with the coach's hints, sent once, answered by the partner.")
@RequiredArgsConstructor
class ResponsibilityApi {

    static final String OWN_ROLE = "/api/v1/own-role";
    static final String APOLOGIES = "/api/v1/apologies";
    private final OwnRoleReflections ownRole;
    private final Apologies apologies;
    private final ApologyCoach coach;

    /** What I did, the patterns behind it, and how it hurt; at least one is needed. */
    record OwnRoleBody(String actions, String patterns, String hurt) {

        OwnRoleDraft draft() {
            return new OwnRoleDraft(actions, patterns, hurt);
        }
    }

    record OwnRoleVisibilityBody(Visibility visibility) {
    }

    record OwnRoleEntry(UUID id, boolean mine, String actions, String patterns, String hurt, Visibility visibility,
            Instant updatedAt, long version, String href) {

        static OwnRoleEntry of(OwnRoleView v) {
            return new OwnRoleEntry(v.id(), v.mine(), v.content().actions(), v.content().patterns(), v.content().hurt(),
                    v.visibility(), v.updatedAt(), v.version(), OWN_ROLE + "/" + v.id());
        }
    }

    record OwnRoleLists(List<OwnRoleEntry> mine, List<OwnRoleEntry> sharedWithMe) {
    }

    record ApologyBody(String text) {
    }

    /** The partner's answer: HEARD, PARTLY or NOT_YET, with an optional note kept private or shared. */
    record ApologyAnswerBody(Answer answer, String note, Visibility noteVisibility) {
    }

    record ApologyAnswer(Answer answer, String note, Visibility noteVisibility, Instant answeredAt) {
    }

    /** What the coach noticed in a draft: parts of an apology found, and patterns that turn it into a non-apology. */
    record ApologyHint(String kind, int start, int end) {
    }

    record Apology(UUID id, boolean mine, String authorName, ApologyStatus status, String text, Instant createdAt, Instant sentAt,
            long version, ApologyAnswer answer, List<ApologyHint> partsFound, List<ApologyHint> patternsFound, String href) {
    }

    record ApologyLists(List<Apology> mine, List<Apology> received) {
    }

    // ---- Own part ----

    @GetMapping("/own-role")
    @Operation(summary = "My own-part reflections and the ones my partner shared with me")
    OwnRoleLists ownRoleList(@AuthenticationPrincipal PersonPrincipal me) {
        return new OwnRoleLists(ownRole.mine(me.id()).stream().map(OwnRoleEntry::of).toList(),
                ownRole.sharedWithMe(me.id()).stream().map(OwnRoleEntry::of).toList());
    }

    @PostMapping("/own-role")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write an own-part reflection (private)")
    ResponseEntity<OwnRoleEntry> ownRoleCreate(@AuthenticationPrincipal PersonPrincipal me, @RequestBody OwnRoleBody body) {
        UUID id = ownRole.create(me.id(), body.draft());
        OwnRoleView view = ownRole.readOwn(me.id(), id);
        return ResponseEntity.created(URI.create(OWN_ROLE + "/" + id)).eTag(EntityTags.of(view.version())).body(OwnRoleEntry.of(view));
    }

    @GetMapping("/own-role/{id}")
    @Operation(summary = "One own-part reflection: mine, or one my partner shared")
    ResponseEntity<OwnRoleEntry> ownRoleRead(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        OwnRoleView view = ownRole.read(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(OwnRoleEntry.of(view));
    }

    @PutMapping("/own-role/{id}")
    @Operation(summary = "Change my own-part reflection", description = "Send the ETag read as If-Match.")
    ResponseEntity<OwnRoleEntry> ownRoleUpdate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody OwnRoleBody body) {
        long expected = EntityTags.expected(ifMatch);
        ownRole.update(me.id(), id, expected, body.draft());
        OwnRoleView view = ownRole.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(OwnRoleEntry.of(view));
    }

    @PutMapping("/own-role/{id}/visibility")
    @Operation(summary = "Keep it private or share it with my partner")
    ResponseEntity<OwnRoleEntry> ownRoleVisibility(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody OwnRoleVisibilityBody body) {
        ownRole.setVisibility(me.id(), id, body.visibility());
        OwnRoleView view = ownRole.readOwn(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(OwnRoleEntry.of(view));
    }

    @DeleteMapping("/own-role/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my own-part reflection")
    void ownRoleDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        ownRole.delete(me.id(), id);
    }

    // ---- The apology ----

    @GetMapping("/apologies")
    @Operation(summary = "My apologies (drafts and sent) and the ones I received")
    ApologyLists apologyList(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        return new ApologyLists(apologies.mine(me.id()).stream().map(a -> apology(a, locale)).toList(),
                apologies.received(me.id()).stream().map(a -> apology(a, locale)).toList());
    }

    @PostMapping("/apologies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an apology as a private draft; the answer holds the coach's hints")
    ResponseEntity<Apology> apologyCreate(@AuthenticationPrincipal PersonPrincipal me, @RequestBody ApologyBody body,
            HttpServletRequest request) {
        UUID id = apologies.createDraft(me.id(), body.text());
        ApologyView view = apologies.read(me.id(), id);
        return ResponseEntity.created(URI.create(APOLOGIES + "/" + id)).eTag(EntityTags.of(view.version()))
                .body(apology(view, BrowserLocales.spoken(request)));
    }

    @GetMapping("/apologies/{id}")
    @Operation(summary = "One apology: my own, or one my partner sent me (opening it marks it read)")
    ResponseEntity<Apology> apologyRead(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            HttpServletRequest request) {
        ApologyView view = apologies.open(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(apology(view, BrowserLocales.spoken(request)));
    }

    @PutMapping("/apologies/{id}")
    @Operation(summary = "Change my draft", description = "Send the ETag read as If-Match.")
    ResponseEntity<Apology> apologyUpdate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody ApologyBody body,
            HttpServletRequest request) {
        long expected = EntityTags.expected(ifMatch);
        apologies.updateDraft(me.id(), id, expected, body.text());
        ApologyView view = apologies.read(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(apology(view, BrowserLocales.spoken(request)));
    }

    @PostMapping("/apologies/{id}/send")
    @Operation(summary = "Send my draft to my partner; it cannot be changed afterwards", description = "Send the ETag read as If-Match.")
    ResponseEntity<Apology> apologySend(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        long expected = EntityTags.expected(ifMatch);
        apologies.send(me.id(), id, expected);
        ApologyView view = apologies.read(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(apology(view, BrowserLocales.spoken(request)));
    }

    @PostMapping("/apologies/{id}/answer")
    @Operation(summary = "Answer an apology my partner sent me")
    ResponseEntity<Apology> apologyAnswer(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody ApologyAnswerBody body, HttpServletRequest request) {
        apologies.answer(me.id(), id, body.answer(), body.note(), body.noteVisibility());
        ApologyView view = apologies.read(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(apology(view, BrowserLocales.spoken(request)));
    }

    @DeleteMapping("/apologies/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my draft (a sent apology stays)")
    void apologyDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        apologies.deleteDraft(me.id(), id);
    }

    /** The coach's hints only for the author's own draft: they guide the writer and are nobody's verdict. */
    private Apology apology(ApologyView v, Locale locale) {
        List<ApologyHint> parts = List.of();
        List<ApologyHint> patterns = List.of();
        if (v.mine() && v.status() == ApologyStatus.DRAFT && v.text() != null) {
            ApologyAnalysis analysis = coach.analyze(v.text(), locale);
            parts = analysis.parts().stream().map(f -> new ApologyHint(f.kind().name(), f.start(), f.end())).toList();
            patterns = analysis.patterns().stream().map(f -> new ApologyHint(f.kind().name(), f.start(), f.end())).toList();
        }
        ApologyAnswer answer = v.answer().map(a -> new ApologyAnswer(a.answer(), a.note().orElse(null), a.noteVisibility(),
                a.answeredAt())).orElse(null);
        return new Apology(v.id(), v.mine(), v.authorName(), v.status(), v.text(), v.createdAt(), v.sentAt().orElse(null),
                v.version(), answer, parts, patterns, APOLOGIES + "/" + v.id());
    }
}
