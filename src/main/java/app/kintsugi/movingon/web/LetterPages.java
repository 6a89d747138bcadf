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
import app.kintsugi.movingon.Addressee;
import app.kintsugi.movingon.Letter;
import app.kintsugi.movingon.MovingOn;
import app.kintsugi.movingon.UnsentLetters;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/** Letters you may never send: written privately, shared one at a time if ever, taken back at any time. */
@Controller
@RequestMapping("/moving-on/letters")
@RequiredArgsConstructor
class LetterPages {

    private final UnsentLetters letters;
    private final MovingOn movingOn;

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("mine", letters.mine(me.id()));
        model.addAttribute("parts", movingOn.partsFor(me.id()));
        return "movingon/letters";
    }

    @GetMapping("/new")
    String newForm(@ModelAttribute("form") Forms.LetterForm form, Model model) {
        model.addAttribute("addressees", Addressee.values());
        return "movingon/letter-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") Forms.LetterForm form, BindingResult result,
            Model model) {
        try {
            UUID id = letters.create(me.id(), form.getTo(), form.getText());
            return "redirect:/moving-on/letters/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("addressees", Addressee.values());
            return "movingon/letter-form";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        Letter letter = letters.read(me.id(), id);
        model.addAttribute("letter", letter);
        if (letter.mine()) {
            model.addAttribute("parts", movingOn.partsFor(me.id()));
        }
        return "movingon/letter";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        Letter letter = letters.readOwn(me.id(), id);
        Forms.LetterForm form = new Forms.LetterForm();
        form.setTo(letter.to().name());
        form.setText(letter.text());
        form.setVersion(letter.version());
        model.addAttribute("letter", letter);
        model.addAttribute("form", form);
        model.addAttribute("addressees", Addressee.values());
        return "movingon/letter-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") Forms.LetterForm form,
            BindingResult result, Model model) {
        model.addAttribute("letter", letters.readOwn(me.id(), id));
        model.addAttribute("addressees", Addressee.values());
        try {
            letters.update(me.id(), id, form.getVersion(), form.getTo(), form.getText());
            return "redirect:/moving-on/letters/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "movingon/letter-form";
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            form.setVersion(letters.readOwn(me.id(), id).version());
            return "movingon/letter-form";
        }
    }

    @PostMapping("/{id}/share")
    String share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        try {
            letters.share(me.id(), id);
            return "redirect:/moving-on/letters/" + id + "?shared";
        } catch (InvalidInputException e) {
            return "redirect:/moving-on/letters/" + id + "?noPartner";
        }
    }

    @PostMapping("/{id}/unshare")
    String unshare(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        letters.unshare(me.id(), id);
        return "redirect:/moving-on/letters/" + id + "?private";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        letters.readOwn(me.id(), id);
        return Deleting.ask(model, "letter", "/moving-on/letters/" + id, "/moving-on/letters/" + id);
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        letters.delete(me.id(), id);
        return "redirect:/moving-on/letters?deleted";
    }
}
