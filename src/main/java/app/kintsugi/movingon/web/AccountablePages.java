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
import app.kintsugi.movingon.Accountability;
import app.kintsugi.movingon.AccountableEntry;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/** Forgiving yourself, staying accountable: guided private writing with no way to send it anywhere. */
@Controller
@RequestMapping("/moving-on/accountable")
@RequiredArgsConstructor
class AccountablePages {

    private final Accountability accountability;

    @GetMapping
    String page(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") Forms.AccountableForm form, Model model) {
        model.addAttribute("mine", accountability.mine(me.id()));
        return "movingon/accountable";
    }

    @PostMapping
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") Forms.AccountableForm form, BindingResult result,
            Model model) {
        try {
            accountability.create(me.id(), form.draft());
            return "redirect:/moving-on/accountable?saved#mine";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return page(me, form, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        AccountableEntry entry = accountability.readOwn(me.id(), id);
        model.addAttribute("entry", entry);
        model.addAttribute("form", Forms.AccountableForm.of(entry.content(), entry.version()));
        return "movingon/accountable-edit";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") Forms.AccountableForm form,
            BindingResult result, Model model) {
        model.addAttribute("entry", accountability.readOwn(me.id(), id));
        try {
            accountability.update(me.id(), id, form.getVersion(), form.draft());
            return "redirect:/moving-on/accountable?saved#mine";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "movingon/accountable-edit";
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            form.setVersion(accountability.readOwn(me.id(), id).version());
            return "movingon/accountable-edit";
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        accountability.readOwn(me.id(), id);
        return Deleting.ask(model, "accountable", "/moving-on/accountable/" + id, "/moving-on/accountable#mine");
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        accountability.delete(me.id(), id);
        return "redirect:/moving-on/accountable?deleted#mine";
    }
}
