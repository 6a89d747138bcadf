package app.kintsugi.respect.web;

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
import app.kintsugi.couple.Couples;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.respect.KindActs;
import app.kintsugi.shared.InvalidInputException;

/** The kind acts log: noting one, sharing it with the partner or making it private again. */
@Controller
@RequestMapping("/kind-acts")
@RequiredArgsConstructor
class KindActPages {

    private final KindActs kindActs;
    private final Couples couples;

    @GetMapping
    String log(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") KindActForm form, Model model) {
        return page(me, model);
    }

    @PostMapping
    String add(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") KindActForm form, BindingResult result,
            Model model) {
        try {
            UUID id = kindActs.log(me.id(), form.getText(), form.getDay());
            return "redirect:/kind-acts?logged#k-" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("entryError", e.errors().get("entry"));
            return page(me, model);
        }
    }

    @PostMapping("/{id}/share")
    String share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        kindActs.setShared(me.id(), id, true);
        return "redirect:/kind-acts?shared#k-" + id;
    }

    @PostMapping("/{id}/private")
    String makePrivate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        kindActs.setShared(me.id(), id, false);
        return "redirect:/kind-acts?private#k-" + id;
    }

    private String page(PersonPrincipal me, Model model) {
        model.addAttribute("page", kindActs.overview(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        model.addAttribute("maxText", KindActs.MAX_TEXT);
        return "respect/kind-acts";
    }
}
