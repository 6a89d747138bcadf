package app.kintsugi.communication.web;

import java.util.Locale;
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

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.communication.Conversations;
import app.kintsugi.couple.Couples;
import app.kintsugi.shared.InvalidInputException;

@Controller
@RequestMapping("/conversations/rules")
@RequiredArgsConstructor
class GroundRulePages {

    private final Conversations conversations;
    private final Couples couples;

    @GetMapping
    String page(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TextForm form, Locale locale, Model model) {
        model.addAttribute("defaultRules", conversations.defaultRules(locale));
        model.addAttribute("ownRules", conversations.ownRules(me.id()));
        model.addAttribute("endedRules", conversations.rulesFromEndedSpaces(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "communication/rules";
    }

    @PostMapping
    String add(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TextForm form, BindingResult result,
            Locale locale, Model model) {
        try {
            conversations.addRule(me.id(), form.getText());
            return "redirect:/conversations/rules?added";
        } catch (InvalidInputException e) {
            e.errors().forEach((field, error) -> result.rejectValue("text", error.code(), error.args(), error.code()));
            return page(me, form, locale, model);
        }
    }

    @PostMapping("/{id}/delete")
    String remove(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        conversations.removeRule(me.id(), id);
        return "redirect:/conversations/rules?removed";
    }
}
