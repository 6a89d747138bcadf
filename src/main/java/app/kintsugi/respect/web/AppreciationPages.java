package app.kintsugi.respect.web;

import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.shared.InvalidInputException;

/** Appreciations: the prompt of the week, the form, and what was received and sent. */
@Controller
@RequestMapping("/appreciations")
@RequiredArgsConstructor
class AppreciationPages {

    private final Appreciations appreciations;
    private final Couples couples;

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") AppreciationForm form, Locale locale,
            Model model) {
        model.addAttribute("page", appreciations.open(me.id()));
        return page(me, locale, model);
    }

    @PostMapping
    String send(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") AppreciationForm form, BindingResult result,
            Locale locale, Model model) {
        try {
            UUID id = appreciations.send(me.id(), form.getText());
            return "redirect:/appreciations?sent#a-" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("entryError", e.errors().get("entry"));
            model.addAttribute("page", appreciations.overview(me.id()));
            return page(me, locale, model);
        }
    }

    private String page(PersonPrincipal me, Locale locale, Model model) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        model.addAttribute("prompt", appreciations.prompt(me.id(), locale));
        model.addAttribute("maxText", Appreciations.MAX_TEXT);
        return "respect/appreciations";
    }
}
