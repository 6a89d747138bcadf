package app.kintsugi.counselor.web;

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
import org.springframework.web.servlet.support.RequestContextUtils;

import app.kintsugi.account.NewAccount;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.SignIn;
import app.kintsugi.counselor.Counselor;
import app.kintsugi.counselor.CounselorLinks;
import app.kintsugi.counselor.CounselorRoom;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A counselor's side: registering, their code and couples, one couple's page and their own notes. */
@Controller
@RequestMapping("/counselor")
@RequiredArgsConstructor
class CounselorPages {

    private final Counselors counselors;
    private final CounselorLinks links;
    private final CounselorRoom room;
    private final SignIn signIn;
    private final app.kintsugi.transparency.PreparedDisclosures disclosures;
    private final app.kintsugi.program.Program program;

    private final app.kintsugi.counselor.CounselorSuggestions suggestions;
    private final app.kintsugi.counselor.Caseload caseload;
    private final app.kintsugi.counselor.NoteTemplate noteTemplate;

    @GetMapping("/register")
    String registerForm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") CounselorRegisterForm form) {
        return me != null ? "redirect:/" : "help/counselor-register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") CounselorRegisterForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        long wait = signIn.registrationWaitMinutes(request);
        if (wait > 0) {
            model.addAttribute("registrationWait", wait);
            form.setPassword("");
            response.setStatus(429);
            return "help/counselor-register";
        }
        String language = RequestContextUtils.getLocale(request).getLanguage();
        Person person;
        try {
            person = counselors.register(new NewAccount(form.getEmail(), form.getDisplayName(), form.getPassword(), language,
                    form.getTimeZone()), form.getPractice());
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            form.setPassword("");
            return "help/counselor-register";
        }
        signIn.signIn(person.id(), request, response);
        return "redirect:/counselor";
    }

    @GetMapping
    String home(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        Counselor counselor = counselors.find(me.id()).orElseThrow(NotFoundException::new);
        model.addAttribute("counselor", counselor);
        model.addAttribute("couples", caseload.of(me.id()));
        return "help/counselor-home";
    }

    @GetMapping("/couples/{id}")
    String couplePage(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(required = false) String template, Model model, java.util.Locale locale) {
        String page = couple(me, id, model, locale);
        if (template != null) {
            // "Start from the template": the note's box filled in, nothing saved until the counselor saves it.
            model.addAttribute("noteText", noteTemplate.of((app.kintsugi.counselor.CounselorRoom.CoupleView) model.getAttribute("view"),
                    suggestions.madeBy(me.id(), id), locale));
        }
        return page;
    }

    String couple(PersonPrincipal me, UUID id, Model model, java.util.Locale locale) {
        var view = room.open(me.id(), id);
        model.addAttribute("view", view);
        java.util.Map<String, String> stepTitles = new java.util.HashMap<>();
        program.steps().forEach(s -> stepTitles.put(s.key(), program.content(s.key(), locale).title()));
        model.addAttribute("stepTitles", stepTitles);
        model.addAttribute("maxNote", CounselorRoom.MAX_NOTE);
        // A prepared disclosure the author showed: the one note back this counselor left them, if any.
        java.util.Map<UUID, java.util.Optional<app.kintsugi.transparency.PreparedDisclosureView.ReviewNote>> reviewNotes =
                new java.util.HashMap<>();
        for (var partner : view.partners()) {
            for (var e : partner.entries()) {
                if (e.kind().equals(app.kintsugi.transparency.PreparedDisclosures.SHOWN_KIND)) {
                    reviewNotes.put(e.id(), java.util.Optional.ofNullable(disclosures.read(me.id(), e.id()).reviewNote()));
                }
            }
        }
        model.addAttribute("reviewNotes", reviewNotes);
        BetweenSessions.addToCouplePage(suggestions, me.id(), id, model, locale);
        return "help/counselor-couple";
    }

    /** The counselor's one note back to the author of a prepared disclosure they were shown. */
    @PostMapping("/couples/{id}/disclosure/{entry}/note")
    String noteOnDisclosure(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @PathVariable UUID entry,
            @RequestParam(defaultValue = "") String note, Model model) {
        try {
            disclosures.noteFromCounselor(me.id(), entry, note);
            return "redirect:/counselor/couples/" + id + "?reviewed#review-" + entry;
        } catch (InvalidInputException e) {
            return noteAgain(me, id, entry, note, e, model);
        } catch (app.kintsugi.shared.StaleEditException e) {
            // Written meanwhile from another window: the counselor's words stay in the box, to look at and save again.
            return noteAgain(me, id, entry, note, InvalidInputException.of("note", "preparedDisclosure.stale"), model);
        }
    }

    private String noteAgain(PersonPrincipal me, UUID id, UUID entry, String note, InvalidInputException e, Model model) {
        model.addAttribute("reviewText", note);
        model.addAttribute("reviewFor", entry);
        model.addAttribute("reviewError", e.errors().get("note"));
        return couple(me, id, model, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    @PostMapping("/couples/{id}/notes")
    String addNote(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "") String note,
            Model model) {
        try {
            room.addNote(me.id(), id, note);
            return "redirect:/counselor/couples/" + id + "?noted#notes";
        } catch (InvalidInputException e) {
            model.addAttribute("noteText", note);
            model.addAttribute("noteError", e.errors().get("note"));
            return couple(me, id, model, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
    }

    @PostMapping("/couples/{id}/notes/{note}/delete")
    String deleteNote(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @PathVariable UUID note) {
        room.deleteNote(me.id(), id, note);
        return "redirect:/counselor/couples/" + id + "?noteDeleted#notes";
    }

    @PostMapping("/couples/{id}/end")
    String end(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        links.endByCounselor(me.id(), id);
        return "redirect:/counselor?ended";
    }

    // --- Between sessions: suggestions --------------------------------------------------------

    @PostMapping("/couples/{id}/suggestions")
    String suggest(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "") String what,
            @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String note, Model model) {
        try {
            suggestions.suggest(me.id(), id, what, to, note);
            return "redirect:/counselor/couples/" + id + "?suggested#suggestions";
        } catch (InvalidInputException e) {
            model.addAttribute("suggestWhat", what);
            model.addAttribute("suggestTo", to);
            model.addAttribute("suggestNote", note);
            model.addAttribute("suggestErrors", e.errors());
            return couple(me, id, model, org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
    }

    @PostMapping("/couples/{id}/suggestions/{suggestion}/withdraw")
    String withdraw(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @PathVariable UUID suggestion) {
        suggestions.withdraw(me.id(), id, suggestion);
        return "redirect:/counselor/couples/" + id + "?withdrawn#suggestions";
    }
}
