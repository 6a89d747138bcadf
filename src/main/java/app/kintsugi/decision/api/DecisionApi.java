package app.kintsugi.decision.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.decision.DecisionAid;
import app.kintsugi.decision.Decisions;
import app.kintsugi.decision.Lean;
import app.kintsugi.decision.PartingView;
import app.kintsugi.decision.RevealState;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.resources.HelpResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/decision")
@Tag(name = "Together or apart", description = "The private decision aid: my own writing, where I lean (with its history), "
        + "showing each other where we lean only if both choose to, and parting.")
@RequiredArgsConstructor
class DecisionApi {

    static final String PATH = "/api/v1/decision";
    private final Decisions decisions;

    /** My writing; any part may be null or left out. */
    record DecisionWritingBody(String staying, String parting, String toKnow, String changed) {
    }

    /** {@code TOGETHER}, {@code APART} or {@code NOT_SURE}. */
    record DecisionLeanBody(String lean) {
    }

    /** Whether I am willing to show my partner where I lean; {@code false} withdraws it at once. */
    record DecisionRevealBody(Boolean willing) {
    }

    /** {@code confirm} must be true: this ends our shared space for both of us. */
    record DecisionPartingBody(Boolean confirm) {
    }

    record DecisionWriting(String staying, String parting, String toKnow, String changed, Instant updatedAt, long version, String href) {

        static DecisionWriting of(DecisionAid.Writing w) {
            return w == null ? null : new DecisionWriting(w.staying(), w.parting(), w.toKnow(), w.changed(), w.updatedAt(), w.version(),
                    PATH + "/writing");
        }
    }

    record DecisionLean(Lean lean, Instant at) {
    }

    /** {@code lean} is null when my partner has not noted one. */
    record DecisionPartnerLean(String partnerName, Lean lean, Instant at) {
    }

    record DecisionChanges(int keptByMe, int keptByPartner, int conversationsHeld) {
    }

    /**
     * The aid as I see it. {@code reveal}: {@code NO_PARTNER}, {@code NOT_WILLING} (nothing about my partner's choice is
     * known), {@code WAITING} (I said yes, nothing is shown yet) or {@code BOTH_WILLING} (then {@code partnerLean} is set).
     */
    record DecisionOverview(DecisionWriting writing, List<DecisionLean> leans, RevealState reveal, String partnerName,
            DecisionPartnerLean partnerLean, DecisionChanges changes, boolean spaceEnded, String href) {

        static DecisionOverview of(DecisionAid a) {
            return new DecisionOverview(DecisionWriting.of(a.writing()),
                    a.leans().stream().map(l -> new DecisionLean(l.lean(), l.at())).toList(), a.reveal(), a.partnerName(),
                    a.partnerLean() == null ? null : new DecisionPartnerLean(a.partnerName(), a.partnerLean().lean(), a.partnerLean().at()),
                    new DecisionChanges(a.changes().keptByMe(), a.changes().keptByPartner(), a.changes().conversationsHeld()),
                    a.spaceEnded(), PATH);
        }
    }

    record DecisionHelp(String kind, String name, String description, String phone, String url, String hours) {

        static DecisionHelp of(HelpResource r, Locale locale) {
            return new DecisionHelp(r.kind().key(), r.name(locale), r.description(locale), r.phone(), r.url(), r.hours(locale));
        }
    }

    /** Whether I have a space that parting would end, and help for my region: separation first, then urgent help. */
    record DecisionParting(boolean hasSpace, String partnerName, String region, List<DecisionHelp> separationHelp,
            List<DecisionHelp> urgentHelp, String href) {

        static DecisionParting of(PartingView p, Locale locale) {
            return new DecisionParting(p.hasSpace(), p.partnerName(), p.region().code(),
                    p.separationHelp().stream().map(r -> DecisionHelp.of(r, locale)).toList(),
                    p.urgentHelp().stream().map(r -> DecisionHelp.of(r, locale)).toList(), PATH + "/parting");
        }
    }

    @GetMapping
    @Operation(summary = "My decision aid: my writing, my leans, the reveal, facts from my records",
            description = "The ETag is my writing's version (\"-1\" before I wrote anything).")
    ResponseEntity<DecisionOverview> aid(@AuthenticationPrincipal PersonPrincipal me) {
        DecisionAid aid = decisions.aid(me.id());
        return ResponseEntity.ok().eTag(EntityTags.of(aid.writingVersion())).body(DecisionOverview.of(aid));
    }

    @PutMapping("/writing")
    @Operation(summary = "Write or change my private writing", description = "Send the ETag read as If-Match (\"-1\" for a first save).")
    ResponseEntity<DecisionOverview> write(@AuthenticationPrincipal PersonPrincipal me,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody DecisionWritingBody body) {
        long expected = EntityTags.expected(ifMatch);
        decisions.write(me.id(), body.staying(), body.parting(), body.toKnow(), body.changed(), expected);
        return aid(me);
    }

    @PostMapping("/leans")
    @Operation(summary = "Note where I lean now", description = "Kept beside the leans before; nobody sees it unless we both choose to.")
    ResponseEntity<DecisionOverview> lean(@AuthenticationPrincipal PersonPrincipal me, @RequestBody DecisionLeanBody body) {
        decisions.noteLean(me.id(), body.lean());
        return ResponseEntity.status(HttpStatus.CREATED).body(aid(me).getBody());
    }

    @PutMapping("/reveal")
    @Operation(summary = "Say I am willing to show my partner where I lean, or take it back",
            description = "Nothing is shown to anyone until both of us are willing; taking it back is effective at once.")
    ResponseEntity<DecisionOverview> reveal(@AuthenticationPrincipal PersonPrincipal me, @RequestBody DecisionRevealBody body) {
        decisions.setWilling(me.id(), Boolean.TRUE.equals(body.willing()));
        return aid(me);
    }

    @GetMapping("/parting")
    @Operation(summary = "What parting means here, and help for my region")
    DecisionParting parting(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String region,
            HttpServletRequest request, Locale locale) {
        return DecisionParting.of(decisions.parting(me.id(), region, BrowserLocales.of(request)), locale);
    }

    @PostMapping("/parting")
    @Operation(summary = "Part: end our shared space, for both of us",
            description = "Send {\"confirm\": true}. My partner is not asked and sees only that the space has ended.")
    DecisionParting part(@AuthenticationPrincipal PersonPrincipal me, @RequestBody DecisionPartingBody body, HttpServletRequest request,
            Locale locale) {
        decisions.part(me.id(), Boolean.TRUE.equals(body.confirm()));
        return parting(me, null, request, locale);
    }
}
