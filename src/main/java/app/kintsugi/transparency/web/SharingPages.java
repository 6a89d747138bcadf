package app.kintsugi.transparency.web;

import java.util.Map;
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
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.transparency.Disclosures;

/** The sharing log: "I want you to know…", and the partner's acknowledgement. */
@Controller
@RequestMapping("/sharing")
@RequiredArgsConstructor
class SharingPages {

    private final Disclosures disclosures;
    private final Couples couples;

    @GetMapping
    String log(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") QuestionForm form, Model model) {
        return page(me, model);
    }

    @PostMapping
    String share(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") QuestionForm form, BindingResult result,
            Model model) {
        try {
            UUID id = disclosures.share(me.id(), form.getText());
            return "redirect:/sharing?shared#d-" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("problem", FormProblem.page(e));
            return page(me, model);
        }
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(required = false) String note, @ModelAttribute("form") QuestionForm form, Model model) {
        try {
            disclosures.acknowledge(me.id(), id, note);
            return "redirect:/sharing?acknowledged#d-" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problem", new FormProblem(id, "ack", e.errors(), Map.of("note", note == null ? "" : note)));
            disclosures.read(me.id(), id);
            return page(me, model);
        }
    }

    private String page(PersonPrincipal me, Model model) {
        model.addAttribute("entries", disclosures.log(me.id()));
        model.addAttribute("ended", disclosures.fromEndedSpaces(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "transparency/sharing";
    }
}
