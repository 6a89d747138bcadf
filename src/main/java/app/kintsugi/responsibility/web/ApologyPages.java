package app.kintsugi.responsibility.web;

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
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.responsibility.Answer;
import app.kintsugi.responsibility.Apologies;
import app.kintsugi.responsibility.ApologyCoach;
import app.kintsugi.responsibility.ApologyStatus;
import app.kintsugi.responsibility.ApologyView;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;

@Controller
@RequestMapping("/apologies")
@RequiredArgsConstructor
class ApologyPages {

    private final Apologies apologies;
    private final ApologyCoach coach;
    private final Couples couples;

    @ModelAttribute("answers")
    Answer[] answers() {
        return Answer.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        boolean writer = apologies.mayWrite(me.id());
        model.addAttribute("writer", writer);
        model.addAttribute("mine", writer ? apologies.mine(me.id()) : java.util.List.of());
        model.addAttribute("received", apologies.received(me.id()));
        model.addAttribute("answeredEnded", apologies.answeredInEndedSpaces(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "responsibility/apology-list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") ApologyForm form) {
        requireWriter(me);
        return "responsibility/apology-form";
    }

    /** "Check my draft" shows the guidance without saving; "Save draft" keeps it, private. */
    @PostMapping
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") ApologyForm form, BindingResult result,
            Locale locale, Model model) {
        requireWriter(me);
        if ("check".equals(form.getAction())) {
            return checked(form, locale, model);
        }
        try {
            UUID id = apologies.createDraft(me.id(), form.getText());
            return "redirect:/apologies/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "responsibility/apology-form";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Locale locale, Model model) {
        ApologyView apology = apologies.open(me.id(), id);
        model.addAttribute("apology", apology);
        if (apology.mine()) {
            model.addAttribute("guidance", Guidance.of(apology.text(), coach.analyze(apology.text(), locale)));
            model.addAttribute("space", couples.current(me.id()).orElse(null));
        } else {
            AnswerForm answer = new AnswerForm();
            apology.answer().ifPresent(a -> {
                answer.setAnswer(a.answer().name());
                answer.setNote(a.note().orElse(""));
                answer.setNoteVisibility(a.noteVisibility().name());
            });
            model.addAttribute("answerForm", answer);
        }
        return "responsibility/apology-show";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Locale locale, Model model) {
        ApologyView apology = ownDraft(me, id);
        ApologyForm form = new ApologyForm();
        form.setText(apology.text());
        form.setVersion(apology.version());
        model.addAttribute("apology", apology);
        model.addAttribute("form", form);
        model.addAttribute("guidance", Guidance.of(apology.text(), coach.analyze(apology.text(), locale)));
        return "responsibility/apology-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") ApologyForm form,
            BindingResult result, Locale locale, Model model) {
        ApologyView apology = ownDraft(me, id);
        model.addAttribute("apology", apology);
        if ("check".equals(form.getAction())) {
            return checked(form, locale, model);
        }
        try {
            apologies.updateDraft(me.id(), id, form.getVersion(), form.getText());
            return "redirect:/apologies/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "responsibility/apology-form";
        } catch (StaleEditException e) {
            ApologyView saved = apologies.read(me.id(), id);
            model.addAttribute("stale", saved);
            form.setVersion(saved.version());
            return checked(form, locale, model);
        }
    }

    /**
     * A last look before sending: the apology exactly as the partner will see it, with "Send it" and
     * "Change something". Nothing is sent from here without that second, explicit choice.
     */
    @GetMapping("/{id}/send")
    String confirmSend(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        ApologyView apology = apologies.read(me.id(), id);
        if (!apology.mine()) {
            throw new NotFoundException();
        }
        if (apology.status() != ApologyStatus.DRAFT) {
            return "redirect:/apologies/" + id;
        }
        var space = couples.current(me.id()).filter(s -> s.complete());
        if (space.isEmpty()) {
            return "redirect:/apologies/" + id + "?noPartner";
        }
        model.addAttribute("apology", apology);
        model.addAttribute("partnerName", space.get().partner().map(p -> p.displayName()).orElse(""));
        return "responsibility/apology-confirm";
    }

    @PostMapping("/{id}/send")
    String send(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String confirmed) {
        // Sent only from the last look: a send without it (an old page, a stray request) shows that page first.
        if (!"yes".equals(confirmed)) {
            if (!apologies.read(me.id(), id).mine()) {
                throw new NotFoundException();
            }
            return "redirect:/apologies/" + id + "/send";
        }
        try {
            apologies.send(me.id(), id, version);
            return "redirect:/apologies/" + id + "?sent";
        } catch (InvalidInputException e) {
            return "redirect:/apologies/" + id + "?noPartner";
        } catch (StaleEditException e) {
            return "redirect:/apologies/" + id + "?changed";
        }
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("apology", ownDraft(me, id));
        return "responsibility/apology-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        apologies.deleteDraft(me.id(), id);
        return "redirect:/apologies?deleted";
    }

    @PostMapping("/{id}/answer")
    String answer(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @ModelAttribute("answerForm") AnswerForm form, BindingResult result, Model model) {
        Answer answer = parse(Answer.class, form.getAnswer());
        Visibility visibility = parse(Visibility.class, form.getNoteVisibility());
        try {
            apologies.answer(me.id(), id, answer, form.getNote(), visibility);
            return "redirect:/apologies/" + id + "?answered";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("apology", apologies.read(me.id(), id));
            return "responsibility/apology-show";
        }
    }

    private String checked(ApologyForm form, Locale locale, Model model) {
        model.addAttribute("guidance", Guidance.of(form.getText(), coach.analyze(form.getText(), locale)));
        model.addAttribute("checked", true);
        return "responsibility/apology-form";
    }

    private ApologyView ownDraft(PersonPrincipal me, UUID id) {
        ApologyView apology = apologies.read(me.id(), id);
        if (!apology.mine() || apology.status() != ApologyStatus.DRAFT) {
            throw new NotFoundException();
        }
        return apology;
    }

    private void requireWriter(PersonPrincipal me) {
        if (!apologies.mayWrite(me.id())) {
            throw new NotFoundException();
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
