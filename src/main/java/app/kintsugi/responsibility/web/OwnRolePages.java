package app.kintsugi.responsibility.web;

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
import app.kintsugi.privacy.Visibility;
import app.kintsugi.responsibility.OwnRoleReflections;
import app.kintsugi.responsibility.OwnRoleView;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

@Controller
@RequestMapping("/own-role")
@RequiredArgsConstructor
class OwnRolePages {

    private final OwnRoleReflections reflections;
    private final Couples couples;

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("mine", reflections.mine(me.id()));
        model.addAttribute("shared", reflections.sharedWithMe(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "responsibility/own-role-list";
    }

    @GetMapping("/new")
    String newForm(@ModelAttribute("form") OwnRoleForm form) {
        return "responsibility/own-role-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") OwnRoleForm form, BindingResult result) {
        try {
            UUID id = reflections.create(me.id(), form.toDraft());
            return "redirect:/own-role/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "responsibility/own-role-form";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", reflections.read(me.id(), id));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "responsibility/own-role-show";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        OwnRoleView entry = reflections.readOwn(me.id(), id);
        model.addAttribute("entry", entry);
        model.addAttribute("form", OwnRoleForm.of(entry.content(), entry.version()));
        return "responsibility/own-role-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") OwnRoleForm form,
            BindingResult result, Model model) {
        OwnRoleView current = reflections.readOwn(me.id(), id);
        model.addAttribute("entry", current);
        try {
            reflections.update(me.id(), id, form.getVersion(), form.toDraft());
            return "redirect:/own-role/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "responsibility/own-role-form";
        } catch (StaleEditException e) {
            OwnRoleView saved = reflections.readOwn(me.id(), id);
            model.addAttribute("entry", saved);
            model.addAttribute("stale", saved);
            form.setVersion(saved.version());
            return "responsibility/own-role-form";
        }
    }

    @PostMapping("/{id}/share")
    String share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        try {
            reflections.setVisibility(me.id(), id, Visibility.PARTNER);
            return "redirect:/own-role/" + id + "?shared";
        } catch (InvalidInputException e) {
            return "redirect:/own-role/" + id + "?noPartner";
        }
    }

    @PostMapping("/{id}/private")
    String makePrivate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        reflections.setVisibility(me.id(), id, Visibility.PRIVATE);
        return "redirect:/own-role/" + id + "?private";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", reflections.readOwn(me.id(), id));
        return "responsibility/own-role-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        reflections.delete(me.id(), id);
        return "redirect:/own-role?deleted";
    }
}
