package app.kintsugi.reflection.web;

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
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionDrafts;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.ReflectionView;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Validation;

@Controller
@RequestMapping("/reflections")
@RequiredArgsConstructor
class ReflectionPages {

    private final Reflections reflections;
    private final Couples couples;
    private final app.kintsugi.program.Program program;
    private final ReflectionDrafts drafts;

    @ModelAttribute("kinds")
    BetrayalKind[] kinds() {
        return BetrayalKind.values();
    }

    @ModelAttribute("emotions")
    Emotion[] emotions() {
        return Emotion.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, java.util.Locale locale, Model model) {
        model.addAttribute("intro", program.content("understanding", locale).what());
        model.addAttribute("mine", reflections.mine(me.id()));
        model.addAttribute("shared", reflections.sharedWithMe(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "reflection/list";
    }

    /** A new reflection; what the person wrote last time and did not save yet comes back into the form. */
    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        var kept = drafts.mine(me.id());
        model.addAttribute("form", kept.map(k -> ReflectionForm.of(k.content())).orElseGet(ReflectionForm::new));
        kept.ifPresent(k -> model.addAttribute("draftSavedAt", k.savedAt()));
        return "reflection/form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") ReflectionForm form,
            BindingResult result) {
        Validation unreadable = new Validation();
        ReflectionDraft draft = form.toDraft(unreadable);
        try {
            checkReadable(draft, unreadable);
            ReflectionId id = reflections.create(me.id(), draft);
            return "redirect:/reflections/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            keepQuietly(me, form);
            return "reflection/form";
        }
    }

    /**
     * Keeps what has been written so far. Sent by the page's script as the person writes (answered with
     * 204, or 422 when something is too long), or by the "Save draft" button without JavaScript.
     */
    @PostMapping("/draft")
    Object keepDraft(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") ReflectionForm form,
            BindingResult result, Model model,
            @org.springframework.web.bind.annotation.RequestHeader(value = "X-Draft", required = false) String background) {
        try {
            drafts.keep(me.id(), form.toUnfinished());
        } catch (InvalidInputException e) {
            if (background != null) {
                return org.springframework.http.ResponseEntity.unprocessableContent().build();
            }
            FormErrors.copy(e, result);
            return "reflection/form";
        }
        if (background != null) {
            return org.springframework.http.ResponseEntity.noContent().build();
        }
        return "redirect:/reflections/new?draftSaved";
    }

    /** Throws the draft away and starts with an empty form. */
    @PostMapping("/draft/discard")
    String discardDraft(@AuthenticationPrincipal PersonPrincipal me) {
        drafts.discard(me.id());
        return "redirect:/reflections/new?draftDiscarded";
    }

    /** A refused first save still keeps the draft, so leaving the page now loses nothing. */
    private void keepQuietly(PersonPrincipal me, ReflectionForm form) {
        try {
            drafts.keep(me.id(), form.toUnfinished());
        } catch (InvalidInputException tooLongToKeep) {
            // the messages beside the fields say what to shorten; the form still holds every word
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        ReflectionView view = reflections.read(me.id(), new ReflectionId(id));
        model.addAttribute("reflection", view);
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "reflection/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        ReflectionView view = ownReflection(me, id);
        model.addAttribute("reflection", view);
        model.addAttribute("form", ReflectionForm.of(view.content(), view.version()));
        return "reflection/form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @ModelAttribute("form") ReflectionForm form, BindingResult result, Model model) {
        ReflectionView current = ownReflection(me, id);
        model.addAttribute("reflection", current);
        Validation unreadable = new Validation();
        ReflectionDraft draft = form.toDraft(unreadable);
        try {
            checkReadable(draft, unreadable);
            reflections.update(me.id(), current.id(), form.getVersion(), draft);
            return "redirect:/reflections/" + id + "?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "reflection/form";
        } catch (StaleEditException e) {
            // Keep what they typed in the form and show the saved version beside it; the next save
            // is made against the saved version, on purpose.
            ReflectionView saved = reflections.readOwn(me.id(), current.id());
            model.addAttribute("reflection", saved);
            model.addAttribute("stale", saved);
            form.setVersion(saved.version());
            return "reflection/form";
        }
    }

    @PostMapping("/{id}/share")
    String share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        try {
            reflections.shareWithPartner(me.id(), new ReflectionId(id));
            return "redirect:/reflections/" + id + "?shared";
        } catch (InvalidInputException e) {
            return "redirect:/reflections/" + id + "?noSpace";
        }
    }

    @PostMapping("/{id}/private")
    String makePrivate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        reflections.makePrivate(me.id(), new ReflectionId(id));
        return "redirect:/reflections/" + id + "?private";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("reflection", ownReflection(me, id));
        return "reflection/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        reflections.delete(me.id(), new ReflectionId(id));
        return "redirect:/reflections?deleted";
    }

    /** Reports unreadable values together with every other problem of the draft, all at once. */
    private void checkReadable(ReflectionDraft draft, Validation unreadable) {
        if (!unreadable.hasErrors()) {
            return;
        }
        try {
            reflections.check(draft);
        } catch (InvalidInputException e) {
            e.errors().forEach((field, error) -> unreadable.reject(field, error.code(), error.args()));
        }
        unreadable.throwIfInvalid();
    }

    /** The author's own reflection; a partner asking to edit one gets the same 404 as anyone else. */
    private ReflectionView ownReflection(PersonPrincipal me, UUID id) {
        return reflections.readOwn(me.id(), new ReflectionId(id));
    }
}
