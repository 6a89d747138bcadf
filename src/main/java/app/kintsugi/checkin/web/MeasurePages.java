package app.kintsugi.checkin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.checkin.Cadence;
import app.kintsugi.checkin.FhirR4;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Measures;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.resources.HelpResources;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;

/**
 * The measures a person can answer: the list with a sentence on each and the schedule they chose,
 * one measure's questions, and the result of their latest answer. A crisis item answered above its
 * lowest point brings the crisis resources of the person's region onto that result page, for them
 * alone.
 */
@Controller
@RequestMapping("/measures")
@RequiredArgsConstructor
class MeasurePages {

    private final Measures measures;
    private final HelpResources resources;
    private final FhirR4 fhir;

    /** All the person's finished answers as a FHIR R4 Bundle, to give to a clinic. */
    @GetMapping("/responses.fhir.json")
    ResponseEntity<String> fhirResponses(@AuthenticationPrincipal PersonPrincipal me, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FhirR4.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"questionnaire-responses.fhir.json\"")
                .body(fhir.responses(me.id(), locale));
    }

    /** A measure's definition as a FHIR R4 Questionnaire. */
    @GetMapping("/{id}/questionnaire.fhir.json")
    ResponseEntity<String> fhirQuestionnaire(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FhirR4.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + measures.readable(me.id(), id).id() + ".fhir.json\"")
                .body(fhir.questionnaire(me.id(), id, locale));
    }

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("measures", measures.list(me.id()));
        model.addAttribute("cadences", Cadence.values());
        return "checkin/measures";
    }

    @PostMapping("/{id}/schedule")
    String schedule(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id,
            @RequestParam(name = "cadence", required = false) String cadence) {
        if ("none".equals(cadence)) {
            measures.unschedule(me.id(), id);
        } else {
            Cadence chosen = Cadence.of(cadence);
            if (chosen == null) {
                measures.measure(me.id(), id);
                return "redirect:/measures?invalid#measure-" + id;
            }
            measures.schedule(me.id(), id, chosen);
        }
        return "redirect:/measures?scheduled#measure-" + id;
    }

    @GetMapping("/{id}")
    String form(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, Model model) {
        model.addAttribute("q", measures.measure(me.id(), id));
        model.addAttribute("chosen", Map.of());
        return "checkin/measure";
    }

    @PostMapping("/{id}")
    String answer(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, @RequestParam Map<String, String> params,
            Model model) {
        Questionnaire q = measures.measure(me.id(), id);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (Item item : q.items()) {
            String value = params.get(item.id());
            if (value != null && !value.isBlank()) {
                chosen.put(item.id(), value);
            }
        }
        try {
            measures.answer(me.id(), id, chosen);
            return "redirect:/measures/" + q.id() + "/result";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("q", q);
        model.addAttribute("chosen", chosen);
        return "checkin/measure";
    }

    @GetMapping("/{id}/result")
    String result(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, HttpServletRequest request, Model model) {
        Measures.Result result = measures.latest(me.id(), id).orElseThrow(NotFoundException::new);
        model.addAttribute("result", result);
        if (result.crisis()) {
            model.addAttribute("helpRegion", resources.regionFor(me.id(), null, BrowserLocales.of(request)));
        }
        model.addAttribute("others", List.of());
        return "checkin/measure-result";
    }
}
