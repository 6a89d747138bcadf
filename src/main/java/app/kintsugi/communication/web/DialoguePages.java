package app.kintsugi.communication.web;

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

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.communication.Dialogues;
import app.kintsugi.communication.ToneCoach;
import app.kintsugi.couple.Couples;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;

/**
 * Written dialogue. "Check the tone" shows the tone coach's guidance and stores nothing; "Send"
 * always sends, whatever the coach found.
 */
@Controller
@RequestMapping("/dialogue")
@RequiredArgsConstructor
class DialoguePages {

    static final String BREAK_KIND = "dialogue";

    private final Dialogues dialogues;
    private final ToneCoach coach;
    private final Couples couples;
    private final app.kintsugi.moments.Breaks breaks;

    @ModelAttribute("breakMinutes")
    long breakMinutes() {
        return breaks.length().toMinutes();
    }

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("threads", dialogues.threads(me.id()));
        model.addAttribute("endedThreads", dialogues.endedThreads(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "communication/dialogue-list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TextForm form, Model model) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "communication/dialogue-new";
    }

    @PostMapping
    String start(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TextForm form, BindingResult result,
            Locale locale, Model model) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        if ("check".equals(form.getAction())) {
            ToneGuidance.check(coach, form.getText(), result, locale, model);
            return "communication/dialogue-new";
        }
        try {
            UUID id = dialogues.start(me.id(), form.getTopic(), form.getText());
            return "redirect:/dialogue/" + id + "?sent#latest";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "communication/dialogue-new";
        }
    }

    @GetMapping("/{id}")
    String thread(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") TextForm form,
            Model model) {
        model.addAttribute("thread", dialogues.open(me.id(), id));
        return threadPage(me, id, model);
    }

    /** A break from this thread: the other sees "taking a break, back at …". Only while both share the space. */
    @PostMapping("/{id}/break")
    String takeBreak(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        if (dialogues.read(me.id(), id).ended()) {
            throw new app.kintsugi.shared.NotFoundException();
        }
        breaks.take(me.id(), BREAK_KIND, id);
        return "redirect:/dialogue/" + id + "?break#pause";
    }

    @PostMapping("/{id}/break/end")
    String endBreak(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        dialogues.read(me.id(), id);
        breaks.end(me.id(), BREAK_KIND, id);
        return "redirect:/dialogue/" + id + "#reply";
    }

    private String threadPage(PersonPrincipal me, UUID id, Model model) {
        var thread = (app.kintsugi.communication.DialogueView) model.getAttribute("thread");
        model.addAttribute("brk", thread == null || thread.ended() ? null : breaks.current(me.id(), BREAK_KIND, id).orElse(null));
        return "communication/dialogue-thread";
    }

    @PostMapping("/{id}")
    String reply(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") TextForm form,
            BindingResult result, Locale locale, Model model) {
        if ("check".equals(form.getAction())) {
            model.addAttribute("thread", dialogues.read(me.id(), id));
            ToneGuidance.check(coach, form.getText(), result, locale, model);
            return threadPage(me, id, model);
        }
        try {
            dialogues.post(me.id(), id, form.getText());
            return "redirect:/dialogue/" + id + "?sent#latest";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("thread", dialogues.read(me.id(), id));
            return threadPage(me, id, model);
        }
    }
}
