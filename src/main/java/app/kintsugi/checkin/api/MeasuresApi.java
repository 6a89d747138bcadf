package app.kintsugi.checkin.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import app.kintsugi.checkin.Cadence;
import app.kintsugi.checkin.Change;
import app.kintsugi.checkin.FhirR4;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Measures;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Measures", description = "Questionnaires I answer when I choose or on a schedule I set: validated instruments and any "
        + "an operator added. Answers and scores are mine alone. My answers download as FHIR R4.")
@RequiredArgsConstructor
class MeasuresApi {

    private final Measures measures;
    private final FhirR4 fhir;

    /**
     * A measure: what it measures in one sentence, whether it is validated, the languages of its items,
     * my schedule ({@code cadence}: weekly, fortnightly, monthly, once, or null for none), whether it is
     * due today and when I last answered it.
     */
    record MeasureEntry(String id, String title, String about, boolean validated, String source, String licence,
            List<String> languages, String cadence, boolean due, LocalDate lastAnswered, boolean fromCounselor, String href) {

        static MeasureEntry of(Measures.Measure m, Locale locale) {
            Questionnaire q = m.questionnaire();
            return new MeasureEntry(q.id(), q.title(locale), q.about(locale), q.provenance().validated(), q.provenance().source(),
                    q.provenance().licence(), q.provenance().languages(), m.cadence() == null ? null : m.cadence().code(), m.due(),
                    m.lastAnswered(), m.fromCounselor(), "/api/v1/measures/" + q.id());
        }
    }

    /** One question, in the language of Accept-Language where the measure has it (English otherwise). */
    record MeasureItem(String id, String text, int min, int max, Map<Integer, String> anchors) {

        static MeasureItem of(Item item, Locale locale) {
            return new MeasureItem(item.id(), item.text(locale), item.scale().min(), item.scale().max(), item.scale().anchors(locale));
        }
    }

    /** A measure's questions. */
    record MeasureQuestions(String id, String title, String intro, List<MeasureItem> items, String href) {
    }

    /** Answers by item id, every item, each a whole number on its scale. */
    record MeasureAnswersBody(Map<String, Integer> answers) {
    }

    /** {@code cadence}: weekly, fortnightly, monthly or once; null or left out for none. */
    record MeasureScheduleBody(String cadence) {
    }

    /** A subscale's score, the band it falls in (null where the measure has none) and how it compares with the answer before. */
    record MeasureScore(String subscale, double score, double min, double max, boolean higherIsBetter, String band,
            Change sincePrevious) {
    }

    /**
     * My latest answer's scores. {@code showSafetyResources} is true when a crisis question was answered
     * above its lowest point: show the safety resources now. Nobody else is told.
     */
    record MeasureResult(String measure, LocalDate on, List<MeasureScore> scores, boolean showSafetyResources, String href) {

        static MeasureResult of(Measures.Result r, Locale locale) {
            return new MeasureResult(r.questionnaire().id(), r.on(), r.scores().stream()
                    .map(s -> new MeasureScore(s.subscale().name(), s.value(), s.subscale().min(), s.subscale().max(),
                            s.subscale().higherIsBetter(), s.band() == null ? null : s.band().label(locale), s.sincePrevious()))
                    .toList(), r.crisis(), "/api/v1/measures/" + r.questionnaire().id() + "/result");
        }
    }

    @GetMapping("/measures")
    @Operation(summary = "The measures I can answer, with my schedules")
    List<MeasureEntry> list(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        return measures.list(me.id()).stream().map(m -> MeasureEntry.of(m, locale)).toList();
    }

    @GetMapping("/measures/{id}")
    @Operation(summary = "A measure's questions")
    MeasureQuestions questions(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        Questionnaire q = measures.measure(me.id(), id);
        return new MeasureQuestions(q.id(), q.title(locale), q.intro(locale), q.items().stream().map(i -> MeasureItem.of(i, locale)).toList(),
                "/api/v1/measures/" + q.id());
    }

    @PostMapping("/measures/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer a measure", description = "Every item must be answered on its scale; each one that is not is "
            + "named as field item-<id>, and nothing is stored. A second answer on the same day replaces the first.")
    MeasureResult answer(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, @RequestBody MeasureAnswersBody body,
            HttpServletRequest request) {
        Map<String, String> sent = new LinkedHashMap<>();
        if (body.answers() != null) {
            body.answers().forEach((item, value) -> sent.put(item, value == null ? null : String.valueOf(value)));
        }
        return MeasureResult.of(measures.answer(me.id(), id, sent), BrowserLocales.spoken(request));
    }

    @GetMapping("/measures/{id}/result")
    @Operation(summary = "My latest answer's scores", description = "Not found before the first answer.")
    MeasureResult result(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, HttpServletRequest request) {
        return MeasureResult.of(measures.latest(me.id(), id).orElseThrow(NotFoundException::new), BrowserLocales.spoken(request));
    }

    @PutMapping("/measures/{id}/schedule")
    @Operation(summary = "Choose how often to answer a measure, or stop", description = "Counted from today. A cadence that is not "
            + "one of weekly, fortnightly, monthly or once is refused as field cadence.")
    MeasureEntry schedule(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, @RequestBody MeasureScheduleBody body,
            HttpServletRequest request) {
        if (body.cadence() == null || body.cadence().isBlank()) {
            measures.unschedule(me.id(), id);
        } else {
            Cadence cadence = Cadence.of(body.cadence());
            if (cadence == null) {
                measures.measure(me.id(), id);
                throw InvalidInputException.of("cadence", "measure.cadence.invalid");
            }
            measures.schedule(me.id(), id, cadence);
        }
        Locale locale = BrowserLocales.spoken(request);
        return measures.list(me.id()).stream().filter(m -> m.questionnaire().id().equals(id)).findFirst()
                .map(m -> MeasureEntry.of(m, locale)).orElseThrow(NotFoundException::new);
    }

    @GetMapping(value = "/fhir/questionnaires/{id}", produces = {FhirR4.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "A questionnaire's definition as a FHIR R4 Questionnaire")
    ResponseEntity<String> fhirQuestionnaire(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id,
            HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FhirR4.MEDIA_TYPE))
                .body(fhir.questionnaire(me.id(), id, BrowserLocales.spoken(request)));
    }

    @GetMapping(value = "/fhir/questionnaire-responses", produces = {FhirR4.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "All my finished answers as a FHIR R4 Bundle of QuestionnaireResponse",
            description = "Every questionnaire, the weekly check-in too. No response names me: there is no subject.")
    ResponseEntity<String> fhirResponses(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FhirR4.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"questionnaire-responses.fhir.json\"")
                .body(fhir.responses(me.id(), BrowserLocales.spoken(request)));
    }
}
