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
import app.kintsugi.couple.Role;
import app.kintsugi.movingon.MovingOn;
import app.kintsugi.movingon.WhyEntry;
import app.kintsugi.movingon.WhyReflections;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/** Understanding why it happened: the author's own reflections, and the summaries the partner shares. */
@Controller
@RequestMapping("/moving-on")
@RequiredArgsConstructor
class WhyPages {

    private final WhyReflections why;
    private final MovingOn movingOn;

    @GetMapping("/why")
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("mine", why.mine(me.id()));
        roleAndParts(me, model);
        return "movingon/why-list";
    }

    @GetMapping("/why/new")
    String newForm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") Forms.WhyForm form, Model model) {
        role(me, model);
        return "movingon/why-form";
    }

    @PostMapping("/why")
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") Forms.WhyForm form, BindingResult result, Model model) {
        try {
            UUID id = why.create(me.id(), form.draft());
            return "redirect:/moving-on/why/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            role(me, model);
            return "movingon/why-form";
        }
    }

    @GetMapping("/why/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        WhyEntry entry = why.readOwn(me.id(), id);
        model.addAttribute("entry", entry);
        if (!model.containsAttribute("summaryForm")) {
            Forms.SummaryForm f = new Forms.SummaryForm();
            f.setSummary(Forms.orEmpty(entry.summary()));
            f.setVersion(entry.version());
            model.addAttribute("summaryForm", f);
        }
        roleAndParts(me, model);
        return "movingon/why-show";
    }

    @GetMapping("/why/{id}/edit")
    String edit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        WhyEntry entry = why.readOwn(me.id(), id);
        model.addAttribute("entry", entry);
        model.addAttribute("form", Forms.WhyForm.of(entry.content(), entry.version()));
        role(me, model);
        return "movingon/why-form";
    }

    @PostMapping("/why/{id}")
    String update(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") Forms.WhyForm form,
            BindingResult result, Model model) {
        model.addAttribute("entry", why.readOwn(me.id(), id));
        role(me, model);
        try {
            why.update(me.id(), id, form.getVersion(), form.draft());
            return "redirect:/moving-on/why/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "movingon/why-form";
        } catch (StaleEditException e) {
            WhyEntry saved = why.readOwn(me.id(), id);
            model.addAttribute("entry", saved);
            model.addAttribute("stale", true);
            form.setVersion(saved.version());
            return "movingon/why-form";
        }
    }

    @PostMapping("/why/{id}/summary")
    String summary(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("summaryForm") Forms.SummaryForm form,
            BindingResult result, Model model) {
        try {
            why.writeSummary(me.id(), id, form.getVersion(), form.getSummary());
            return "redirect:/moving-on/why/" + id + "?summarySaved#shared-summary";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return show(me, id, model);
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            form.setVersion(why.readOwn(me.id(), id).version());
            return show(me, id, model);
        }
    }

    @PostMapping("/why/{id}/share")
    String share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        try {
            why.share(me.id(), id);
            return "redirect:/moving-on/why/" + id + "?shared#shared-summary";
        } catch (InvalidInputException e) {
            String code = e.errors().values().iterator().next().code();
            return "redirect:/moving-on/why/" + id + (code.endsWith("noSummary") ? "?noSummary" : "?noPartner") + "#shared-summary";
        }
    }

    @PostMapping("/why/{id}/unshare")
    String unshare(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        why.unshare(me.id(), id);
        return "redirect:/moving-on/why/" + id + "?private#shared-summary";
    }

    @GetMapping("/why/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        why.readOwn(me.id(), id);
        return Deleting.ask(model, "why", "/moving-on/why/" + id, "/moving-on/why/" + id);
    }

    @PostMapping("/why/{id}/delete")
    String delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        why.delete(me.id(), id);
        return "redirect:/moving-on/why?deleted";
    }

    // --- What the partner shares ----------------------------------------------------------------

    @GetMapping("/shared")
    String shared(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("from", movingOn.sharedWithMe(me.id()).orElse(null));
        return "movingon/shared";
    }

    @GetMapping("/shared/why/{id}")
    String sharedSummary(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("summary", why.summary(me.id(), id));
        return "movingon/shared-summary";
    }

    private void role(PersonPrincipal me, Model model) {
        Role role = movingOn.roleOf(me.id());
        model.addAttribute("roleKey", role == null ? "NONE" : role.name());
    }

    private void roleAndParts(PersonPrincipal me, Model model) {
        role(me, model);
        model.addAttribute("parts", movingOn.partsFor(me.id()));
    }
}
