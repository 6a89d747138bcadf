package app.kintsugi.checkin.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.checkin.CheckInForm;
import app.kintsugi.checkin.CheckInSignals;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Measures;
import app.kintsugi.checkin.SaveOutcome;
import app.kintsugi.couple.Couples;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/**
 * The weekly check-in and the trajectory. Each item is a group of radio buttons named by its id;
 * whatever was chosen is shown again if something needs attention.
 */
@Controller
@RequestMapping("/check-in")
@RequiredArgsConstructor
class CheckInPages {

    private final CheckIns checkIns;
    private final CheckInSignals signals;
    private final Couples couples;
    private final Measures measures;

    @GetMapping
    String form(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        CheckInForm form = checkIns.form(me.id());
        Map<String, String> chosen = new LinkedHashMap<>();
        form.answers().forEach((k, v) -> chosen.put(k, String.valueOf(v)));
        model.addAttribute("chosen", chosen);
        return page(form, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal PersonPrincipal me, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "false") boolean replace, Model model) {
        CheckInForm form = checkIns.form(me.id());
        Map<String, String> chosen = new LinkedHashMap<>();
        for (Item item : form.questionnaire().items()) {
            String value = params.get(item.id());
            if (value != null && !value.isBlank()) {
                chosen.put(item.id(), value);
            }
        }
        model.addAttribute("chosen", chosen);
        try {
            SaveOutcome outcome = checkIns.save(me.id(), chosen, replace);
            switch (outcome.kind()) {
                case SAVED -> {
                    return "redirect:/check-in/trajectory?saved";
                }
                case NEEDS_CONFIRMATION -> {
                    model.addAttribute("confirmReplace", true);
                    return page(form, model);
                }
                default -> {
                    model.addAttribute("missing", outcome.missing());
                    model.addAttribute("unfinished", true);
                    return page(form, model);
                }
            }
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return page(form, model);
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            return page(form, model);
        }
    }

    @GetMapping("/trajectory")
    String trajectory(@AuthenticationPrincipal PersonPrincipal me, Locale locale, Model model) {
        model.addAttribute("t", checkIns.trajectory(me.id(), locale));
        model.addAttribute("signals", signals.of(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        model.addAttribute("dueThisWeek", checkIns.dueThisWeek(me.id()));
        model.addAttribute("measureHistory", measures.history(me.id()));
        return "checkin/trajectory";
    }

    @PostMapping("/sharing")
    String sharing(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(defaultValue = "false") boolean shared) {
        checkIns.setSharing(me.id(), shared);
        return "redirect:/check-in/trajectory?" + (shared ? "sharing" : "private") + "#sharing";
    }

    private String page(CheckInForm form, Model model) {
        model.addAttribute("form", form);
        return "checkin/form";
    }
}
