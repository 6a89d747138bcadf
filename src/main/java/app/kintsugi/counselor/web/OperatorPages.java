package app.kintsugi.counselor.web;

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

import app.kintsugi.account.PersonId;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.counselor.CounselorStatus;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;

/** The operator's page: counselors waiting for approval, approved ones, and creating one. No content of any couple. */
@Controller
@RequestMapping("/operator")
@RequiredArgsConstructor
class OperatorPages {

    private final Counselors counselors;

    @GetMapping
    String page(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") NewCounselorForm form, Model model) {
        return show(me, model);
    }

    @PostMapping("/counselors")
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") NewCounselorForm form,
            BindingResult result, HttpServletResponse response, Model model) {
        try {
            var created = counselors.create(me.id(), form.getEmail(), form.getDisplayName(), form.getPractice(), form.getLanguage());
            // Shown once, in this answer only: never cached, never stored in clear.
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("created", created);
            model.addAttribute("form", new NewCounselorForm());
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        }
        return show(me, model);
    }

    @PostMapping("/counselors/{id}/decision")
    String decide(@AuthenticationPrincipal PersonPrincipal me, @PathVariable java.util.UUID id, @RequestParam CounselorStatus status,
            @RequestParam long version, @ModelAttribute("form") NewCounselorForm form, Model model) {
        try {
            counselors.decide(me.id(), new PersonId(id), status, version);
            return "redirect:/operator?decided=" + status.name().toLowerCase(java.util.Locale.ROOT);
        } catch (StaleEditException | InvalidInputException e) {
            model.addAttribute("stale", true);
            return show(me, model);
        }
    }

    private String show(PersonPrincipal me, Model model) {
        model.addAttribute("counselors", counselors.all(me.id()));
        return "help/operator";
    }
}
