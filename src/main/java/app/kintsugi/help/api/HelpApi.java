package app.kintsugi.help.api;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.help.HelpSignals;
import app.kintsugi.help.PrepChoices;
import app.kintsugi.help.PrepSection;
import app.kintsugi.help.PrepSelection;
import app.kintsugi.help.PreparedPdf;
import app.kintsugi.help.SessionPrep;
import app.kintsugi.platform.Downloads;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.resources.HelpRegion;
import app.kintsugi.resources.HelpResources;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Seeking help (step 5), as on the page "Help": what my own answers suggest, and the region whose resources I see. */
@RestController
@RequestMapping("/api/v1/help")
@Tag(name = "Help", description = "Knowing when outside help is wise: advice from my own check-ins and safety check only, "
        + "never anyone else's, and the region whose help resources I see (where to find them: /api/v1/safety/resources).")
@RequiredArgsConstructor
class HelpApi {

    private final HelpSignals signals;
    private final HelpResources resources;
    private final MessageSource messages;
    private final SessionPrep prep;

    record PrepEntryLine(java.util.UUID id, String firstWords, java.time.LocalDate date) {
    }

    /**
     * What I can put in a report for a counseling session: {@code sections} to tick as a whole (TREND, QUESTIONS,
     * COMMITMENTS), my own reflections and "my role" reflections one by one, and counts to say what each section holds.
     */
    record PrepChoicesView(List<String> sections, int trendWeeks, int checkIns, List<PrepEntryLine> reflections,
            List<PrepEntryLine> ownRoles, int openQuestions, int commitments) {
    }

    /** {@code include}: sections; {@code reflections}, {@code ownRoles}: ids from the choices; {@code talkAbout}: free text. */
    record PrepBody(List<String> include, List<String> reflections, List<String> ownRoles, String talkAbout) {
    }

    /**
     * One thing my answers show and a next step, in the language of Accept-Language: {@code what} was noticed,
     * {@code next} might help, {@code link} names where {@code path} (a page) leads.
     */
    record HelpSignalLine(String signal, String what, String next, String link, String path) {
    }

    record HelpRegionLine(String code, String name) {
    }

    /**
     * {@code safetyFirst}: my safety check asks for help for me alone before any work together. {@code region} is the one I
     * chose, else a guess from Accept-Language ({@code regionChosen} says which).
     */
    record HelpView(boolean safetyFirst, List<HelpSignalLine> signals, HelpRegionLine region, boolean regionChosen,
            List<HelpRegionLine> regions) {
    }

    record HelpRegionBody(String region) {
    }

    @GetMapping
    @Operation(summary = "What my own answers suggest, and my region")
    HelpView help(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        var advice = signals.advice(me.id());
        HelpRegion shown = resources.regionFor(me.id(), null, BrowserLocales.of(request));
        boolean chosen = resources.chosen(me.id()).map(c -> c.code().equals(shown.code())).orElse(false);
        return new HelpView(advice.safetyFirst(),
                advice.signals().stream().map(i -> new HelpSignalLine(i.signal().name(), text(i.key() + ".what", locale),
                        text(i.key() + ".next", locale), text(i.key() + ".link", locale), i.path())).toList(),
                new HelpRegionLine(shown.code(), shown.name(locale)), chosen,
                resources.choices(locale).stream().map(r -> new HelpRegionLine(r.code(), r.name(locale))).toList());
    }

    @PutMapping("/region")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Choose the region whose help resources I see", description = "A code from {@code regions}.")
    void region(@AuthenticationPrincipal PersonPrincipal me, @RequestBody HelpRegionBody body) {
        resources.choose(me.id(), body.region());
    }

    @GetMapping("/prepare")
    @Operation(summary = "What I can put in a report to prepare a counseling session", description = "Only my own entries, "
            + "and the questions of our space that still wait.")
    PrepChoicesView prepChoices(@AuthenticationPrincipal PersonPrincipal me) {
        PrepChoices c = prep.choices(me.id());
        return new PrepChoicesView(java.util.Arrays.stream(PrepSection.values()).map(Enum::name).toList(), SessionPrep.TREND_WEEKS,
                c.checkIns(), c.reflections().stream().map(e -> new PrepEntryLine(e.id(), e.firstWords(), e.date())).toList(),
                c.ownRoles().stream().map(e -> new PrepEntryLine(e.id(), e.firstWords(), e.date())).toList(), c.openQuestions(),
                c.commitments());
    }

    @PostMapping("/prepare")
    @Operation(summary = "Make the report as a PDF", description = "It goes straight to me; nothing of it stays on the server. "
            + "Text in the language of Accept-Language.")
    ResponseEntity<byte[]> prepare(@AuthenticationPrincipal PersonPrincipal me, @RequestBody PrepBody body, HttpServletRequest request) {
        PreparedPdf pdf = prep.pdf(me.id(), new PrepSelection(list(body.include()), list(body.reflections()), list(body.ownRoles()),
                body.talkAbout() == null ? "" : body.talkAbout()), BrowserLocales.spoken(request));
        return Downloads.attachment(pdf.content(), pdf.fileName(), MediaType.APPLICATION_PDF);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
