package app.kintsugi.counselor.web;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.counselor.CounselorLinks;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;

/**
 * A partner's side of counselor access: invite a counselor and agree, agree to the partner's
 * invitation or decline it, choose what the counselor may read, see when they read it, and end it.
 */
@Controller
@RequestMapping("/help/counselor")
@RequiredArgsConstructor
class CounselorAccessPages {

    private final CounselorLinks links;
    private final Couples couples;

    private final app.kintsugi.counselor.CounselorSuggestions suggestions;

    @GetMapping
    String page(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") InviteForm form, Model model) {
        return show(me, model);
    }

    @PostMapping("/invite")
    String invite(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") InviteForm form, BindingResult result,
            Model model) {
        try {
            links.invite(me.id(), form.getCounselor(), form.isConsent());
            return "redirect:/help/counselor?invited";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            // When an invitation opened meanwhile the form is not shown: say so where the person looks.
            var counselorError = e.errors().get("counselor");
            if (counselorError != null) {
                model.addAttribute("inviteProblem", counselorError.code());
            }
            return show(me, model);
        }
    }

    @PostMapping("/{id}/consent")
    String consent(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean agree, @ModelAttribute("form") InviteForm form, Model model) {
        if (!agree) {
            model.addAttribute("consentMissing", true);
            return show(me, model);
        }
        links.consent(me.id(), id);
        return "redirect:/help/counselor?agreed";
    }

    @PostMapping("/{id}/end")
    String end(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        links.end(me.id(), id);
        return "redirect:/help/counselor?ended";
    }

    @PostMapping("/show")
    String showEntry(@AuthenticationPrincipal PersonPrincipal me, @RequestParam String kind, @RequestParam UUID entry,
            @RequestParam boolean show) {
        links.show(me.id(), kind, entry, show);
        return "redirect:/help/counselor?" + (show ? "shown" : "hidden") + "#choices";
    }

    @PostMapping("/show-kind")
    String showKind(@AuthenticationPrincipal PersonPrincipal me, @RequestParam String kind, @RequestParam boolean show) {
        links.showKind(me.id(), kind, show);
        return "redirect:/help/counselor?" + (show ? "shown" : "hidden") + "#choices";
    }

    @PostMapping("/show-measure")
    String showMeasure(@AuthenticationPrincipal PersonPrincipal me, @RequestParam String questionnaire, @RequestParam boolean show) {
        links.showMeasure(me.id(), questionnaire, show);
        return "redirect:/help/counselor?" + (show ? "measureShown" : "measureHidden") + "#measures-shown";
    }

    private String show(PersonPrincipal me, Model model) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        model.addAttribute("link", links.current(me.id()).orElse(null));
        model.addAttribute("choices", links.choices(me.id()));
        model.addAttribute("measureChoices", links.measureChoices(me.id()));
        model.addAttribute("reads", links.readsAbout(me.id()));
        BetweenSessions.addToAccessPage(suggestions, me.id(), model, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return "help/counselor-access";
    }

    // --- Between sessions: what the counselor suggested ---------------------------------------

    /** Accepting leads to what was suggested; for a questionnaire, on the schedule chosen or once now. */
    @PostMapping("/suggestions/{id}/accept")
    String accept(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "") String schedule,
            @ModelAttribute("form") InviteForm form, Model model) {
        try {
            String path = suggestions.accept(me.id(), id, schedule);
            boolean scheduled = !schedule.isBlank() && !app.kintsugi.counselor.CounselorSuggestions.NOW.equals(schedule)
                    && suggestions.mine(me.id(), id).schedulable();
            return scheduled ? "redirect:/help/counselor?scheduled#suggestion-" + id : "redirect:" + path;
        } catch (InvalidInputException e) {
            model.addAttribute("suggestionProblem", id);
            return show(me, model);
        }
    }

    @PostMapping("/suggestions/{id}/decline")
    String decline(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        suggestions.decline(me.id(), id);
        return "redirect:/help/counselor?declined#suggestions";
    }
}
