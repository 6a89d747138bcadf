package app.kintsugi.moments.web;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.moments.CopingPlan;
import app.kintsugi.moments.HardMoments;
import app.kintsugi.moments.LogSummary;
import app.kintsugi.moments.MomentEntry;
import app.kintsugi.moments.Reassurance;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/**
 * A person's own side of hard moments: the page the "Hard moment" control opens (breathe, the plan,
 * note it in one tap, ask for reassurance), the log with its view over weeks, the plan and hard dates.
 */
@Controller
@RequiredArgsConstructor
class MomentPages {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final HardMoments moments;
    private final Reassurance reassurance;
    private final app.kintsugi.couple.Couples couples;
    private final MessageSource messages;

    @GetMapping("/hard-moment")
    String hardMoment(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) UUID logged, Model model) {
        model.addAttribute("plan", moments.plan(me.id()));
        model.addAttribute("availability", reassurance.availability(me.id()));
        model.addAttribute("logged", logged);
        return "moments/hard-moment";
    }

    /** One tap: how strong it is, now. */
    @PostMapping("/hard-moment/log")
    String quickLog(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String strength, Model model) {
        try {
            UUID id = moments.quickLog(me.id(), strength);
            return "redirect:/hard-moment?logged=" + id + "#logged";
        } catch (InvalidInputException e) {
            model.addAttribute("strengthError", e.errors().get("strength"));
            return hardMoment(me, null, model);
        }
    }

    @PostMapping("/hard-moment/ask")
    String ask(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        try {
            UUID id = reassurance.ask(me.id());
            return "redirect:/moments/reassurance/requests/" + id + "?asked";
        } catch (InvalidInputException e) {
            return hardMoment(me, null, model);
        }
    }

    /** A calm page to step away to from anything the partner wrote. */
    @GetMapping("/pause")
    String pause() {
        return "moments/pause";
    }

    @GetMapping("/moments")
    String log(@AuthenticationPrincipal PersonPrincipal me, Model model, Locale locale) {
        LogSummary summary = moments.summary(me.id());
        model.addAttribute("summary", summary);
        if (!summary.empty()) {
            model.addAttribute("chart", LogChart.of(summary).svg(messages, locale));
        }
        model.addAttribute("entries", moments.entries(me.id()));
        model.addAttribute("zone", moments.zone(me.id()));
        return "moments/log";
    }

    @GetMapping("/moments/new")
    String newForm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") MomentForm form, Model model) {
        form.setHappenedAt(moments.now(me.id()).format(LOCAL));
        model.addAttribute("knownTags", moments.tags(me.id()));
        return "moments/form";
    }

    @PostMapping("/moments")
    String create(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") MomentForm form, BindingResult result,
            Model model) {
        try {
            moments.log(me.id(), form.draft());
            return "redirect:/moments?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("knownTags", moments.tags(me.id()));
            return "moments/form";
        }
    }

    @GetMapping("/moments/{id}/edit")
    String editForm(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        MomentEntry e = moments.entry(me.id(), id);
        MomentForm form = new MomentForm();
        form.setHappenedAt(e.happenedAt().atZone(moments.zone(me.id())).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).format(LOCAL));
        form.setStrength(Integer.toString(e.strength()));
        form.setWhat(e.what() == null ? "" : e.what());
        form.setChosenTags(new java.util.ArrayList<>(e.tags()));
        form.setDid(e.did() == null ? "" : e.did());
        form.setHelped(e.helped() == null ? "" : e.helped());
        form.setVersion(e.version());
        model.addAttribute("form", form);
        model.addAttribute("entry", e);
        model.addAttribute("knownTags", knownTags(me, e));
        return "moments/form";
    }

    @PostMapping("/moments/{id}")
    String update(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") MomentForm form,
            BindingResult result, Model model) {
        MomentEntry e = moments.entry(me.id(), id);
        try {
            moments.update(me.id(), id, form.getVersion(), form.draft());
            return "redirect:/moments?saved#m-" + id;
        } catch (InvalidInputException ex) {
            FormErrors.copy(ex, result);
        } catch (StaleEditException ex) {
            model.addAttribute("stale", true);
            form.setVersion(moments.entry(me.id(), id).version());
        }
        model.addAttribute("entry", e);
        model.addAttribute("knownTags", knownTags(me, e));
        return "moments/form";
    }

    @GetMapping("/moments/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", moments.entry(me.id(), id));
        model.addAttribute("zone", moments.zone(me.id()));
        return "moments/delete";
    }

    @PostMapping("/moments/{id}/delete")
    String delete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        moments.delete(me.id(), id);
        return "redirect:/moments?deleted";
    }

    @GetMapping("/moments/plan")
    String plan(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        CopingPlan plan = moments.plan(me.id());
        PlanForm form = new PlanForm();
        form.setHelps(plan.helps() == null ? "" : plan.helps());
        form.setAvoid(plan.avoid() == null ? "" : plan.avoid());
        form.setPeople(plan.people() == null ? "" : plan.people());
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        return "moments/plan";
    }

    @PostMapping("/moments/plan")
    String savePlan(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") PlanForm form, BindingResult result,
            Model model) {
        try {
            moments.savePlan(me.id(), form.getVersion(), form.getHelps(), form.getAvoid(), form.getPeople());
            return "redirect:/moments/plan?saved";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            model.addAttribute("current", moments.plan(me.id()));
            form.setVersion(moments.plan(me.id()).version());
        }
        return "moments/plan";
    }

    @GetMapping("/moments/dates")
    String dates(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") DateForm form, Model model) {
        return datesPage(me, model);
    }

    private String datesPage(PersonPrincipal me, Model model) {
        model.addAttribute("dates", moments.dates(me.id()));
        model.addAttribute("alone", couples.alone(me.id()));
        return "moments/dates";
    }

    @PostMapping("/moments/dates")
    String addDate(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") DateForm form, BindingResult result,
            Model model) {
        try {
            UUID id = moments.addDate(me.id(), form.draft());
            return "redirect:/moments/dates?added#date-" + id;
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return datesPage(me, model);
        }
    }

    @PostMapping("/moments/dates/{id}/show-ask")
    String showAsk(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        moments.showAsk(me.id(), id);
        return "redirect:/moments/dates?shown#date-" + id;
    }

    @PostMapping("/moments/dates/{id}/delete")
    String deleteDate(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        moments.deleteDate(me.id(), id);
        return "redirect:/moments/dates?deleted";
    }

    /** The tags to tick: those used before, and this entry's own even if only it used them. */
    private java.util.List<String> knownTags(PersonPrincipal me, MomentEntry e) {
        java.util.List<String> all = new java.util.ArrayList<>(moments.tags(me.id()));
        for (String t : e.tags()) {
            if (all.stream().noneMatch(t::equalsIgnoreCase)) {
                all.add(t);
            }
        }
        return all;
    }
}
