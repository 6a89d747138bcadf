package app.kintsugi.moments.web;

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
import app.kintsugi.moments.HardMoments;
import app.kintsugi.moments.Reassurance;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/** Reassurance agreed in advance: the lines each would like to receive, asking, answering, pausing. */
@Controller
@RequestMapping("/moments/reassurance")
@RequiredArgsConstructor
class ReassurancePages {

    private final Reassurance reassurance;
    private final HardMoments moments;

    @GetMapping
    String page(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") LineForm form, Model model) {
        model.addAttribute("view", reassurance.view(me.id()));
        model.addAttribute("asks", moments.asksOf(me.id()));
        return "moments/reassurance";
    }

    @PostMapping("/lines")
    String propose(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") LineForm form, BindingResult result,
            Model model) {
        try {
            reassurance.proposeLine(me.id(), form.getText());
            return "redirect:/moments/reassurance?proposed#my-lines";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return page(me, form, model);
        }
    }

    @PostMapping("/lines/{id}/accept")
    String accept(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version) {
        return decide(me, id, version, true);
    }

    @PostMapping("/lines/{id}/decline")
    String decline(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version) {
        return decide(me, id, version, false);
    }

    private String decide(PersonPrincipal me, UUID id, long version, boolean accept) {
        try {
            reassurance.decide(me.id(), id, version, accept);
            return "redirect:/moments/reassurance?" + (accept ? "accepted" : "declined") + "#partner-lines";
        } catch (StaleEditException e) {
            return "redirect:/moments/reassurance?stale#partner-lines";
        }
    }

    @PostMapping("/lines/{id}/remove")
    String remove(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        reassurance.removeLine(me.id(), id);
        return "redirect:/moments/reassurance?removed#my-lines";
    }

    @PostMapping("/pause")
    String pause(@AuthenticationPrincipal PersonPrincipal me) {
        reassurance.pause(me.id());
        return "redirect:/moments/reassurance?paused#pause";
    }

    @PostMapping("/resume")
    String resume(@AuthenticationPrincipal PersonPrincipal me) {
        reassurance.resume(me.id());
        return "redirect:/moments/reassurance?resumed#pause";
    }

    @GetMapping("/requests/{id}")
    String request(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("request", reassurance.open(me.id(), id));
        model.addAttribute("plan", moments.plan(me.id()));
        return "moments/request";
    }

    @PostMapping("/requests/{id}/answer")
    String answer(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String choice,
            Model model) {
        try {
            reassurance.answer(me.id(), id, choice);
            return "redirect:/moments/reassurance/requests/" + id + "?answered";
        } catch (StaleEditException e) {
            return "redirect:/moments/reassurance/requests/" + id + "?already";
        } catch (InvalidInputException e) {
            model.addAttribute("choiceError", e.errors().get("choice"));
            return request(me, id, model);
        }
    }
}
