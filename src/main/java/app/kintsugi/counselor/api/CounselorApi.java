package app.kintsugi.counselor.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.checkin.Change;
import app.kintsugi.checkin.Trajectory;
import app.kintsugi.counselor.Counselor;
import app.kintsugi.counselor.CounselorCouple;
import app.kintsugi.counselor.CounselorLinks;
import app.kintsugi.counselor.CounselorRoom;
import app.kintsugi.counselor.CounselorStatus;
import app.kintsugi.counselor.CounselorSummary;
import app.kintsugi.counselor.ScoreFlags;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.privacy.ShareableEntry;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/counselor")
@Tag(name = "Counselor", description = "For counselors only: the couples who invited me, what each partner chose to show me "
        + "while both agree, and my own notes. Any other account gets 404.")
@RequiredArgsConstructor
class CounselorApi {

    static final String PATH = "/api/v1/counselor";
    private final Counselors counselors;
    private final CounselorLinks links;
    private final CounselorRoom room;
    private final MessageSource messages;

    private final app.kintsugi.counselor.CounselorSuggestions suggestions;
    private final app.kintsugi.counselor.Caseload caseload;
    private final app.kintsugi.counselor.NoteTemplate noteTemplate;

    record CounselorNoteBody(String note) {
    }

    /**
     * Until both partners agree, only the names of those who already agreed, and no address. {@code lastVisit}: when I
     * last opened the couple (null before the first time); {@code changes}: how many things are new since then (entries
     * shown, weeks of scores, answers to my suggestions), counts only. The list puts couples with changes first.
     */
    record CounselorCoupleLine(UUID id, boolean active, List<String> names, Instant since, Instant lastVisit, int changes, String href,
            SuggestionsLink suggestions) {

        static CounselorCoupleLine of(app.kintsugi.counselor.Caseload.Line line) {
            CounselorCouple c = line.couple();
            return new CounselorCoupleLine(c.linkId(), c.active(), c.names(), c.since(), line.lastVisit(), line.changes(),
                    c.active() ? PATH + "/couples/" + c.linkId() : null, c.active() ? new SuggestionsLink(PATH + "/couples/" + c.linkId() + "/suggestions") : null);
        }
    }

    /** {@code code}: what couples type to invite me. */
    record CounselorHome(String name, CounselorStatus status, String code, List<CounselorCoupleLine> couples) {
    }

    /**
     * One labelled part of a shown entry: {@code label} and {@code value} in the language of Accept-Language (their
     * stable keys beside them), {@code text} as the partner wrote it, {@code intensity} 0 to 10.
     */
    record CounselorEntryPart(String labelKey, String label, String text, String valueKey, String value, Integer intensity) {
    }

    /** {@code href}: where more can be done with it, for a prepared disclosure (its note back); null otherwise. */
    record CounselorEntry(String kind, UUID id, String title, Instant updatedAt, List<CounselorEntryPart> parts, String href) {
    }

    record CounselorScorePoint(LocalDate week, double score, double average, Change sincePrevious, Change sinceFirst) {
    }

    record CounselorScoreSeries(String subscale, double min, double max, boolean higherIsBetter, List<CounselorScorePoint> points) {
    }

    /**
     * Where a partner is, in counts and states only: {@code steps} they are working on (keys), questions waiting for
     * their answer and theirs waiting for an answer, commitments and the share kept over four weeks (null with none
     * due), boundaries agreed and open, planned conversations held, times they asked for reassurance in four weeks.
     */
    record CounselorSummaryLine(List<String> steps, int questionsForThem, int questionsTheyWait, int commitments,
            Integer keptPercent, int boundariesAgreed, int boundariesOpen, int conversationsHeld, int reassuranceAsked) {
    }

    /**
     * Something that stands out in the scores a partner shows: {@code kind} is CHANGED_SINCE_PREVIOUS,
     * CHANGED_SINCE_FIRST (then {@code change} says BETTER or WORSENED), CROSSED_UP or CROSSED_DOWN (then
     * {@code cutoff} is the cut-off's value and {@code cutoffLabel} its name in the language of Accept-Language).
     */
    record CounselorFlag(String subscale, ScoreFlags.Kind kind, Change change, Double cutoff, String cutoffLabel, double before,
            double after, LocalDate week) {
    }

    /**
     * One measure a partner shows: {@code questionnaire} its id, each subscale's scores over time (never an answer to a
     * single question), the cut-offs of each subscale, and what stands out.
     */
    record CounselorMeasure(String questionnaire, String title, List<CounselorScoreSeries> scores, List<CounselorCutoff> cutoffs,
            List<CounselorFlag> flags) {
    }

    record CounselorCutoff(String subscale, double at, String label) {
    }

    /**
     * {@code scores} and {@code flags} are null unless this partner shows their scores; {@code summary} unless they show it;
     * {@code measures} lists only the measures they show (empty when none).
     */
    record CounselorPartner(String name, List<CounselorEntry> entries, List<CounselorScoreSeries> scores,
            CounselorSummaryLine summary, List<CounselorFlag> flags, List<CounselorMeasure> measures) {
    }

    record CounselorNote(UUID id, String text, Instant at, String href) {
    }

    record CounselorCoupleView(UUID id, List<CounselorPartner> partners, List<CounselorNote> notes, String href) {
    }

    @GetMapping
    @Operation(summary = "Me as a counselor, with the couples who invited me")
    CounselorHome home(@AuthenticationPrincipal PersonPrincipal me) {
        Counselor c = counselors.find(me.id()).orElseThrow(NotFoundException::new);
        return new CounselorHome(c.name(), c.status(), c.code(),
                caseload.of(me.id()).stream().map(CounselorCoupleLine::of).toList());
    }

    @GetMapping("/couples/{id}")
    @Operation(summary = "One couple: what each partner shows me, and my notes", description = "Only while both partners agree; "
            + "each partner's part is recorded as read, and they see that I opened it.")
    CounselorCoupleView couple(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, HttpServletRequest request) {
        return view(room.open(me.id(), id), BrowserLocales.spoken(request));
    }

    @PostMapping("/couples/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Keep a note of my own on this couple", description = "Only I ever read my notes.")
    CounselorCoupleView addNote(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestBody CounselorNoteBody body,
            HttpServletRequest request) {
        room.addNote(me.id(), id, body.note());
        return view(room.open(me.id(), id), BrowserLocales.spoken(request));
    }

    @DeleteMapping("/couples/{id}/notes/{note}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a note of mine")
    void deleteNote(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @PathVariable UUID note) {
        room.deleteNote(me.id(), id, note);
    }

    @PostMapping("/couples/{id}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop working with this couple", description = "Nothing they showed me is shown any more.")
    void end(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        links.endByCounselor(me.id(), id);
    }

    private CounselorCoupleView view(CounselorRoom.CoupleView v, Locale locale) {
        String couple = PATH + "/couples/" + v.linkId();
        return new CounselorCoupleView(v.linkId(),
                v.partners().stream().map(p -> new CounselorPartner(p.name(),
                        p.entries().stream().map(e -> entry(e, locale)).toList(), scores(p.scores()), summary(p.summary()),
                        p.scores() == null ? null : p.flags().stream().map(f -> flag(f, locale)).toList(),
                        p.measures().stream().map(m -> measure(m, locale)).toList())).toList(),
                v.notes().stream().map(n -> new CounselorNote(n.id(), n.text(), n.at(), couple + "/notes/" + n.id())).toList(), couple);
    }

    private CounselorEntry entry(ShareableEntry e, Locale locale) {
        return new CounselorEntry(e.kind(), e.id(), e.title(), e.updatedAt(), e.parts().stream()
                .map(p -> new CounselorEntryPart(p.labelKey(), text(p.labelKey(), locale), p.text(), p.valueKey(),
                        text(p.valueKey(), locale), p.intensity()))
                .toList(), e.kind().equals(app.kintsugi.transparency.PreparedDisclosures.SHOWN_KIND)
                        ? "/api/v1/counselor/disclosures/" + e.id() : null);
    }

    private static List<CounselorScoreSeries> scores(Trajectory t) {
        return t == null ? null
                : t.series().stream().map(s -> new CounselorScoreSeries(s.subscale().name(), s.subscale().min(), s.subscale().max(),
                        s.subscale().higherIsBetter(), s.mine().stream().map(p -> new CounselorScorePoint(p.week(), p.score(),
                                p.average(), p.sincePrevious(), p.sinceFirst())).toList())).toList();
    }

    private static CounselorMeasure measure(CounselorRoom.ShownMeasure m, Locale locale) {
        List<CounselorCutoff> cutoffs = m.scores().questionnaire().subscales().stream()
                .flatMap(s -> s.cutoffs().stream().map(c -> new CounselorCutoff(s.name(), c.at(), c.label(locale)))).toList();
        return new CounselorMeasure(m.questionnaire(), m.scores().questionnaire().title(locale), scores(m.scores()), cutoffs,
                m.flags().stream().map(f -> flag(f, locale)).toList());
    }

    private static CounselorSummaryLine summary(CounselorSummary.PartnerSummary s) {
        return s == null ? null : new CounselorSummaryLine(s.steps(), s.questionsForThem(), s.questionsTheyWait(), s.commitments(),
                s.keptPercent(), s.boundariesAgreed(), s.boundariesOpen(), s.conversationsHeld(), s.reassuranceAsked());
    }

    private static CounselorFlag flag(ScoreFlags.Flag f, Locale locale) {
        return new CounselorFlag(f.subscale(), f.kind(), f.change(), f.cutoff() == null ? null : f.cutoff().at(),
                f.cutoff() == null ? null : f.cutoff().label().getOrDefault(locale.getLanguage(), f.cutoff().label().get("en")),
                f.before(), f.after(), f.week());
    }

    private String text(String key, Locale locale) {
        return key == null ? null : messages.getMessage(key, null, key, locale);
    }

    // --- Between sessions -------------------------------------------------------------------------

    /** Where my suggestions to a couple are listed. */
    record SuggestionsLink(String href) {
    }

    /** {@code value} is what to send as {@code what}; {@code title} is in the language of Accept-Language. */
    record SuggestionOption(String value, String kind, String target, String title) {
    }

    /**
     * {@code what}: an option's value ("exercise:&lt;id&gt;" or "measure:&lt;id&gt;"); {@code to}: "both", or "1" or "2" for
     * the partner in that place on the couple's page; {@code note}: optional, up to 500 characters, read by those it is for.
     */
    record SuggestionBody(String what, String to, String note) {
    }

    /** {@code answer}: WAITING, ACCEPTED or DECLINED; {@code done} is true only once accepted and done after the suggestion. */
    record SuggestionAddressee(String name, app.kintsugi.counselor.CounselorSuggestions.Answer answer, boolean done) {
    }

    record SuggestionLine(UUID id, String kind, String target, String title, String note, Instant at, List<SuggestionAddressee> to,
            String href) {
    }

    @GetMapping("/suggestion-options")
    @Operation(summary = "What I can suggest between sessions: every exercise of the program, every questionnaire and those I added")
    List<SuggestionOption> suggestionOptions(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        counselors.find(me.id()).orElseThrow(NotFoundException::new);
        Locale locale = BrowserLocales.spoken(request);
        return suggestions.options(me.id()).stream()
                .map(o -> new SuggestionOption(o.value(), o.kind(), o.target(), suggestions.title(o.kind(), o.target(), locale))).toList();
    }

    @GetMapping("/couples/{id}/suggestions")
    @Operation(summary = "My suggestions to this couple", description = "To whom, whether each accepted, put it aside or has not "
            + "answered, and once accepted whether it was done; never what they wrote or answered. Only while both agree.")
    List<SuggestionLine> suggestions(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        return suggestions.madeBy(me.id(), id).stream().map(s -> line(id, s, locale)).toList();
    }

    @PostMapping("/couples/{id}/suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Suggest an exercise or a questionnaire to one partner or both", description = "They see it on Today "
            + "and on their counselor page, and accept it or put it aside.")
    SuggestionLine suggest(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestBody SuggestionBody body,
            HttpServletRequest request) {
        UUID made = suggestions.suggest(me.id(), id, body.what(), body.to(), body.note());
        Locale locale = BrowserLocales.spoken(request);
        return suggestions.madeBy(me.id(), id).stream().filter(s -> s.id().equals(made)).findFirst().map(s -> line(id, s, locale))
                .orElseThrow(NotFoundException::new);
    }

    @GetMapping("/couples/{id}/suggestions/{suggestion}")
    @Operation(summary = "One of my suggestions to this couple")
    SuggestionLine suggestion(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @PathVariable UUID suggestion,
            HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        return suggestions.madeBy(me.id(), id).stream().filter(s -> s.id().equals(suggestion)).findFirst().map(s -> line(id, s, locale))
                .orElseThrow(NotFoundException::new);
    }

    @DeleteMapping("/couples/{id}/suggestions/{suggestion}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a suggestion back", description = "They no longer see it.")
    void withdraw(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @PathVariable UUID suggestion) {
        suggestions.withdraw(me.id(), id, suggestion);
    }

    /** {@code text}: headed sections in the language of Accept-Language, with counts of what the partners show me. */
    record NoteTemplateText(String text) {
    }

    @GetMapping("/couples/{id}/note-template")
    @Operation(summary = "A starting point for a session note", description = "Headed sections with counts of what each partner "
            + "shows me and of my suggestions, never their words. Nothing is saved: send it back as a note when edited.")
    NoteTemplateText noteTemplate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        return new NoteTemplateText(noteTemplate.of(room.open(me.id(), id), suggestions.madeBy(me.id(), id), locale));
    }

    private SuggestionLine line(UUID couple, app.kintsugi.counselor.CounselorSuggestions.Suggested s, Locale locale) {
        return new SuggestionLine(s.id(), s.kind(), s.target(), suggestions.title(s.kind(), s.target(), locale), s.note(), s.at(),
                s.to().stream().map(a -> new SuggestionAddressee(a.name(), a.answer(), a.done())).toList(),
                PATH + "/couples/" + couple + "/suggestions/" + s.id());
    }
}
