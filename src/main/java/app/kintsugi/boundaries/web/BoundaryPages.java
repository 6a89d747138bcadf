package app.kintsugi.boundaries.web;

import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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
import org.springframework.web.util.UriComponentsBuilder;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryCategory;
import app.kintsugi.boundaries.BoundaryView;
import app.kintsugi.couple.Couples;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/**
 * The couple's boundaries. Every action on a boundary is a plain form carrying the agreement's
 * version; a page that is out of date is told so instead of applying anything.
 */
@Controller
@RequestMapping("/boundaries")
@RequiredArgsConstructor
class BoundaryPages {

    private final Boundaries boundaries;
    private final Couples couples;
    private final MessageSource messages;

    @ModelAttribute("categories")
    BoundaryCategory[] categories() {
        return BoundaryCategory.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("overview", boundaries.overview(me.id()));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "boundaries/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") BoundaryForm form, Model model) {
        form.setReviewOn(boundaries.today(me.id()).plusDays(Boundaries.DEFAULT_REVIEW_DAYS).toString());
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "boundaries/form";
    }

    @PostMapping
    String propose(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") BoundaryForm form, BindingResult result,
            Model model) {
        try {
            UUID id = boundaries.propose(me.id(), form.draft());
            return "redirect:/boundaries/" + id + "?proposed";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("entryError", e.errors().get("entry"));
            model.addAttribute("space", couples.current(me.id()).orElse(null));
            return "boundaries/form";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Locale locale, Model model) {
        BoundaryView b = boundaries.open(me.id(), id);
        model.addAttribute("b", b);
        model.addAttribute("talkLink", conversationLink(b, locale));
        return "boundaries/show";
    }

    @GetMapping("/{id}/change")
    String changeForm(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        BoundaryView b = boundaries.read(me.id(), id);
        BoundaryForm form = new BoundaryForm();
        BoundaryView.Version base = b.pending() != null ? b.pending() : b.current();
        form.setWhat(base.what());
        form.setWhy(base.why());
        form.setCategory(base.category().name());
        form.setReviewOn(base.reviewOn().isAfter(boundaries.today(me.id())) ? base.reviewOn().toString()
                : boundaries.today(me.id()).plusDays(Boundaries.DEFAULT_REVIEW_DAYS).toString());
        form.setVersion(b.version());
        model.addAttribute("form", form);
        model.addAttribute("b", b);
        return "boundaries/form";
    }

    @PostMapping("/{id}/change")
    String change(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") BoundaryForm form,
            BindingResult result, Model model) {
        try {
            boundaries.proposeChange(me.id(), id, form.getVersion(), form.draft());
            return "redirect:/boundaries/" + id + "?changeProposed";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("entryError", e.errors().get("entry"));
            model.addAttribute("b", boundaries.read(me.id(), id));
            return "boundaries/form";
        } catch (StaleEditException e) {
            BoundaryView b = boundaries.read(me.id(), id);
            model.addAttribute("b", b);
            model.addAttribute("stale", true);
            form.setVersion(b.version());
            return "boundaries/form";
        }
    }

    @PostMapping("/{id}/agree")
    String agree(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "0") int number, Locale locale, Model model) {
        return act(me, id, "agreed", locale, model, () -> boundaries.agree(me.id(), id, version, number));
    }

    @PostMapping("/{id}/talk")
    String talk(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            Locale locale, Model model) {
        return act(me, id, "talk", locale, model, () -> boundaries.askToTalk(me.id(), id, version));
    }

    @PostMapping("/{id}/revisit")
    String revisit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version, Locale locale, Model model) {
        return act(me, id, "revisit", locale, model, () -> boundaries.askToRevisit(me.id(), id, version));
    }

    @PostMapping("/{id}/revisit/withdraw")
    String keep(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            Locale locale, Model model) {
        return act(me, id, "kept", locale, model, () -> boundaries.withdrawRevisit(me.id(), id, version));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version, Locale locale, Model model) {
        return act(me, id, "withdrawn", locale, model, () -> boundaries.withdrawPending(me.id(), id, version));
    }

    @PostMapping("/{id}/crossed")
    String crossed(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String about,
            @RequestParam(required = false) String note, Locale locale, Model model) {
        try {
            boundaries.crossed(me.id(), id, about, note);
            return "redirect:/boundaries/" + id + "?crossed#talk";
        } catch (InvalidInputException e) {
            model.addAttribute("crossErrors", e.errors());
            model.addAttribute("entryError", e.errors().get("entry"));
            model.addAttribute("crossAbout", about);
            model.addAttribute("crossNote", note);
            return show(me, id, locale, model);
        }
    }

    private interface Action {
        void run();
    }

    private String act(PersonPrincipal me, UUID id, String done, Locale locale, Model model, Action action) {
        try {
            action.run();
            return "redirect:/boundaries/" + id + "?" + done;
        } catch (InvalidInputException e) {
            model.addAttribute("entryError", e.errors().get("entry"));
            return show(me, id, locale, model);
        } catch (StaleEditException e) {
            return "redirect:/boundaries/" + id + "?stale";
        }
    }

    /** A conversation about this boundary, planned with a neutral topic that holds none of its words. */
    private String conversationLink(BoundaryView b, Locale locale) {
        String category = messages.getMessage("boundary.category." + b.category().name(), null, locale);
        String topic = messages.getMessage("boundary.talk.topic", new Object[] {category}, locale);
        return UriComponentsBuilder.fromPath("/conversations/new").queryParam("topic", topic).build().encode().toUriString();
    }
}
