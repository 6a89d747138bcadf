package app.kintsugi.counselor.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.counselor.CounselorLink;
import app.kintsugi.counselor.CounselorLinks;
import app.kintsugi.counselor.LinkState;
import app.kintsugi.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A partner's side of counselor access, as on the page "Your counselor": invite, agree, choose what to show, end. */
@RestController
@RequestMapping(CounselorAccessApi.PATH)
@Tag(name = "Counselor access", description = "My side of working with a counselor: inviting one with their code, agreeing "
        + "(both partners must, or one person alone in their space), choosing entry by entry or kind by kind what the "
        + "counselor may read, seeing when they read it, and ending it at once.")
@RequiredArgsConstructor
class CounselorAccessApi {

    static final String PATH = "/api/v1/help/counselor";

    private final CounselorLinks links;

    private final app.kintsugi.counselor.CounselorSuggestions suggestions;

    /** {@code counselor}: the code the counselor gave, or their address; {@code consent} must be true. */
    record CounselorInviteBody(String counselor, Boolean consent) {
    }

    /** {@code agree} must be true: declining is simply not agreeing (or ending the invitation). */
    record CounselorConsentBody(Boolean agree) {
    }

    /** One entry ({@code kind} and {@code entry} as listed in {@code choices}), the check-in scores or the summary. */
    record CounselorShowBody(String kind, UUID entry, Boolean show) {
    }

    /** Every entry of a kind, those written later included. */
    record CounselorShowKindBody(String kind, Boolean show) {
    }

    record CounselorLinkLine(UUID id, String counselorName, String counselorPractice, LinkState state, boolean invitedByMe,
            Instant since, boolean startedAlone, String href) {

        static CounselorLinkLine of(CounselorLink l) {
            return new CounselorLinkLine(l.id(), l.counselorName(), l.counselorPractice(), l.state(), l.invitedByMe(), l.since(),
                    l.startedAlone(), PATH + "/links/" + l.id());
        }
    }

    /**
     * {@code wholeKind}: this choice is every entry of {@code kind}; {@code withKind}: this entry is shown because its kind is.
     * The kinds {@code scores} and {@code summary} are my check-in scores and my summary in counts.
     */
    record CounselorChoiceLine(String kind, UUID entry, String title, Instant updatedAt, boolean shown, boolean wholeKind,
            boolean withKind) {
    }

    /**
     * One measure I could show: {@code questionnaire} is its id (as under {@code /api/v1/measures}), {@code lastAnswered}
     * null before my first answer. Shown, the counselor sees my scores on it over time, their bands and when they changed
     * reliably or crossed a cut-off; never my answers to single questions.
     */
    record CounselorMeasureChoiceLine(String questionnaire, java.time.LocalDate lastAnswered, boolean shown) {
    }

    /** Show the counselor my scores on one measure (every answer, later ones included), or stop. */
    record CounselorShowMeasureBody(String questionnaire, Boolean show) {
    }

    /** {@code measures}: on how many questionnaires my scores were shown. */
    record CounselorReadLine(String counselorName, Instant at, int entries, boolean scores, int times, int measures) {
    }

    /** {@code link} is null with no invitation; {@code choices} and {@code measures} are empty until I agreed. */
    record CounselorAccessView(CounselorLinkLine link, List<CounselorChoiceLine> choices, List<CounselorReadLine> reads,
            List<CounselorMeasureChoiceLine> measures) {
    }

    @GetMapping
    @Operation(summary = "My counselor: the invitation or link, what I could show and what I show, and when it was read")
    CounselorAccessView view(@AuthenticationPrincipal PersonPrincipal me) {
        return new CounselorAccessView(links.current(me.id()).map(CounselorLinkLine::of).orElse(null),
                links.choices(me.id()).stream().map(c -> new CounselorChoiceLine(c.kind(), c.id(), c.title(), c.updatedAt(),
                        c.shown(), c.wholeKind(), c.withKind())).toList(),
                links.readsAbout(me.id()).stream().map(r -> new CounselorReadLine(r.counselorName(), r.at(), r.entries(), r.scores(),
                        r.times(), r.measures())).toList(),
                links.measureChoices(me.id()).stream().map(m -> new CounselorMeasureChoiceLine(m.questionnaire(), m.lastAnswered(),
                        m.shown())).toList());
    }

    @PostMapping("/invite")
    @Operation(summary = "Invite an approved counselor and agree myself", description = "With a partner in the space, the "
            + "counselor reads nothing until the partner agrees too; a person alone agrees for themselves.")
    ResponseEntity<CounselorLinkLine> invite(@AuthenticationPrincipal PersonPrincipal me, @RequestBody CounselorInviteBody body) {
        CounselorLinkLine link = CounselorLinkLine.of(links.invite(me.id(), body.counselor(), Boolean.TRUE.equals(body.consent())));
        return ResponseEntity.created(URI.create(link.href())).body(link);
    }

    @GetMapping("/links/{id}")
    @Operation(summary = "The invitation or link, as I see it")
    CounselorLinkLine link(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        return links.current(me.id()).filter(l -> l.id().equals(id)).map(CounselorLinkLine::of)
                .orElseThrow(app.kintsugi.shared.NotFoundException::new);
    }

    @PostMapping("/links/{id}/consent")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Agree to my partner's invitation of a counselor")
    void consent(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestBody CounselorConsentBody body) {
        if (!Boolean.TRUE.equals(body.agree())) {
            throw InvalidInputException.of("agree", "counselor.invite.consentRequired");
        }
        links.consent(me.id(), id);
    }

    @PostMapping("/links/{id}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End it at once", description = "From the next request the counselor can open nothing either of us showed.")
    void end(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        links.end(me.id(), id);
    }

    @PutMapping("/shown")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Show one of my entries (or my scores, or my summary) to the counselor, or stop showing it")
    void show(@AuthenticationPrincipal PersonPrincipal me, @RequestBody CounselorShowBody body) {
        links.show(me.id(), body.kind(), body.entry(), Boolean.TRUE.equals(body.show()));
    }

    @PutMapping("/shown-kinds")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Show every entry of a kind, now and later, or stop", description = "Entries shown one by one stay as they were.")
    void showKind(@AuthenticationPrincipal PersonPrincipal me, @RequestBody CounselorShowKindBody body) {
        links.showKind(me.id(), body.kind(), Boolean.TRUE.equals(body.show()));
    }

    @PutMapping("/shown-measures")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Show the counselor my scores on one measure, or stop", description = "The counselor sees the scores over "
            + "time, their bands and what changed reliably or crossed a cut-off, never an answer to a single question. Taking it "
            + "back counts from the counselor's next request.")
    void showMeasure(@AuthenticationPrincipal PersonPrincipal me, @RequestBody CounselorShowMeasureBody body) {
        links.showMeasure(me.id(), body.questionnaire(), Boolean.TRUE.equals(body.show()));
    }

    // --- Between sessions -------------------------------------------------------------------------

    /**
     * What my counselor suggested to me: {@code kind} "exercise" or "measure", {@code title} in the language of
     * Accept-Language, {@code toBoth} whether it was for both of us alike, {@code answer} WAITING, ACCEPTED or DECLINED,
     * {@code path} the page where I do it.
     */
    record SuggestionForMe(UUID id, String counselorName, String kind, String target, String title, String note, Instant at,
            boolean toBoth, app.kintsugi.counselor.CounselorSuggestions.Answer answer, boolean schedulable, String path, String href) {
    }

    /** {@code schedule}: for a questionnaire, "weekly", "fortnightly", "monthly", "once", or "now" (or nothing) to answer it once now. */
    record SuggestionAcceptBody(String schedule) {
    }

    /** {@code path}: the page where I do what I accepted. */
    record SuggestionAccepted(String path) {
    }

    @GetMapping("/suggestions")
    @Operation(summary = "What my counselor suggested to me for between sessions", description = "Only what was suggested to me, "
            + "only while the counselor's access stands. The counselor sees whether I accepted and, once I did, whether it was "
            + "done; never my answers.")
    List<SuggestionForMe> suggestions(@AuthenticationPrincipal PersonPrincipal me,
            jakarta.servlet.http.HttpServletRequest request) {
        java.util.Locale locale = app.kintsugi.platform.BrowserLocales.spoken(request);
        return suggestions.forMe(me.id()).stream().map(s -> forMe(s, locale)).toList();
    }

    @GetMapping("/suggestions/{id}")
    @Operation(summary = "One suggestion my counselor made to me")
    SuggestionForMe suggestion(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            jakarta.servlet.http.HttpServletRequest request) {
        return forMe(suggestions.mine(me.id(), id), app.kintsugi.platform.BrowserLocales.spoken(request));
    }

    private SuggestionForMe forMe(app.kintsugi.counselor.CounselorSuggestions.ForMe s, java.util.Locale locale) {
        return new SuggestionForMe(s.id(), s.counselorName(), s.kind(), s.target(), suggestions.title(s.kind(), s.target(), locale),
                s.note(), s.at(), s.toBoth(), s.answer(), s.schedulable(), suggestions.pathOf(s), PATH + "/suggestions/" + s.id());
    }

    @PostMapping("/suggestions/{id}/accept")
    @Operation(summary = "Accept a suggestion", description = "For a questionnaire, on a schedule (it then comes up on Today when "
            + "due) or once now.")
    SuggestionAccepted accept(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestBody(required = false) SuggestionAcceptBody body) {
        return new SuggestionAccepted(suggestions.accept(me.id(), id, body == null ? null : body.schedule()));
    }

    @PostMapping("/suggestions/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Put a suggestion aside", description = "No reason is asked. It can still be accepted later.")
    void decline(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        suggestions.decline(me.id(), id);
    }
}
