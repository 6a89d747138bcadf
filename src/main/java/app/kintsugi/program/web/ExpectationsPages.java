package app.kintsugi.program.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Program;
import app.kintsugi.program.Progress;
import app.kintsugi.program.Timeline;
import app.kintsugi.program.TimelineKind;
import app.kintsugi.shared.InvalidInputException;

@Controller
@RequiredArgsConstructor
class ExpectationsPages {

    private final Program program;
    private final Timeline timeline;
    private final Progress progress;
    private final Couples couples;
    private final Accounts accounts;
    private final java.time.Clock clock;

    @GetMapping("/expectations")
    String page(@AuthenticationPrincipal PersonPrincipal me, Locale locale, Model model) {
        TimelineForm form = new TimelineForm();
        accounts.find(me.id()).ifPresent(p -> form.setOn(LocalDate.now(clock.withZone(p.timeZone())).toString()));
        return show(me, locale, model, form);
    }

    @PostMapping("/timeline")
    String add(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TimelineForm form, BindingResult result,
            Locale locale, Model model) {
        try {
            timeline.add(me.id(), form.getKind(), form.getOn(), form.getTitle(), form.getNote(), form.getVisibility());
            return "redirect:/expectations?added#timeline";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return show(me, locale, model, form);
        }
    }

    @PostMapping("/timeline/{id}/share")
    String share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        try {
            timeline.setVisibility(me.id(), id, Visibility.PARTNER);
            return "redirect:/expectations?shared#timeline";
        } catch (InvalidInputException e) {
            return "redirect:/expectations?noSpace#timeline";
        }
    }

    @PostMapping("/timeline/{id}/private")
    String makePrivate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        timeline.setVisibility(me.id(), id, Visibility.PRIVATE);
        return "redirect:/expectations?private#timeline";
    }

    @GetMapping("/timeline/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", timeline.readOwn(me.id(), id));
        return "program/timeline-delete";
    }

    @PostMapping("/timeline/{id}/delete")
    String delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        timeline.delete(me.id(), id);
        return "redirect:/expectations?deleted#timeline";
    }

    private String show(PersonPrincipal me, Locale locale, Model model, TimelineForm form) {
        Optional<CoupleSpace> space = couples.current(me.id());
        Optional<Instant> since = space.map(CoupleSpace::since).or(() -> progress.firstActivity(me.id()));
        model.addAttribute("content", program.expectations(locale));
        model.addAttribute("entries", timeline.entries(me.id()));
        model.addAttribute("space", space.orElse(null));
        model.addAttribute("since", since.orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("kinds", TimelineKind.values());
        return "program/expectations";
    }
}
