package app.kintsugi.movingon.web;

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
import app.kintsugi.movingon.Forgiveness;
import app.kintsugi.movingon.ForgivenessPosition;
import app.kintsugi.movingon.MovingOn;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;

/** Forgiveness on nobody's schedule: what it is and is not, and a private, dated "where I am now". */
@Controller
@RequestMapping("/moving-on/forgiveness")
@RequiredArgsConstructor
class ForgivenessPages {

    private final Forgiveness forgiveness;
    private final MovingOn movingOn;

    @GetMapping
    String page(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") Forms.MarkForm form, Model model) {
        model.addAttribute("history", forgiveness.history(me.id()));
        model.addAttribute("positions", ForgivenessPosition.values());
        model.addAttribute("parts", movingOn.partsFor(me.id()));
        return "movingon/forgiveness";
    }

    @PostMapping
    String record(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") Forms.MarkForm form, BindingResult result, Model model) {
        try {
            forgiveness.record(me.id(), form.getPosition(), form.getNote());
            return "redirect:/moving-on/forgiveness?saved#history";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return page(me, form, model);
        }
    }

    @PostMapping("/{id}/share")
    String share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        try {
            forgiveness.share(me.id(), id);
            return "redirect:/moving-on/forgiveness?shared#history";
        } catch (InvalidInputException e) {
            return "redirect:/moving-on/forgiveness?noPartner#history";
        }
    }

    @PostMapping("/{id}/unshare")
    String unshare(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        forgiveness.unshare(me.id(), id);
        return "redirect:/moving-on/forgiveness?private#history";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        forgiveness.mark(me.id(), id);
        return Deleting.ask(model, "forgiveness", "/moving-on/forgiveness/" + id, "/moving-on/forgiveness#history");
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        forgiveness.delete(me.id(), id);
        return "redirect:/moving-on/forgiveness?deleted#history";
    }
}
