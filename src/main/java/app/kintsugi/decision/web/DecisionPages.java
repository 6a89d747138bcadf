package app.kintsugi.decision.web;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.decision.DecisionAid;
import app.kintsugi.decision.Decisions;
import app.kintsugi.decision.Lean;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/**
 * Together or apart: the private aid (writing, where one leans, showing each other the lean only if
 * both choose to), the parting page, and the page after parting.
 */
@Controller
@RequestMapping("/moving-on")
@RequiredArgsConstructor
class DecisionPages {

    private final Decisions decisions;

    @ModelAttribute("allLeans")
    Lean[] allLeans() {
        return Lean.values();
    }

    @GetMapping("/decision")
    String aid(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        DecisionAid aid = decisions.aid(me.id());
        model.addAttribute("aid", aid);
        model.addAttribute("form", form(aid));
        return "decision/aid";
    }

    @PostMapping("/decision/writing")
    String write(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") WritingForm form, BindingResult result,
            Model model) {
        try {
            decisions.write(me.id(), form.getStaying(), form.getParting(), form.getToKnow(), form.getChanged(), form.getVersion());
            return "redirect:/moving-on/decision?saved#writing";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
        }
        DecisionAid aid = decisions.aid(me.id());
        // The text typed stays in the form; a stale save is kept on the page to copy, with the version now.
        form.setVersion(model.containsAttribute("stale") ? aid.writingVersion() : form.getVersion());
        model.addAttribute("aid", aid);
        return "decision/aid";
    }

    @PostMapping("/decision/lean")
    String lean(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String lean, Model model) {
        try {
            decisions.noteLean(me.id(), lean);
            return "redirect:/moving-on/decision?leanNoted#lean";
        } catch (InvalidInputException e) {
            DecisionAid aid = decisions.aid(me.id());
            model.addAttribute("aid", aid);
            model.addAttribute("form", form(aid));
            model.addAttribute("leanError", e.errors().get("lean").code());
            return "decision/aid";
        }
    }

    @PostMapping("/decision/reveal")
    String reveal(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(defaultValue = "false") boolean willing) {
        try {
            decisions.setWilling(me.id(), willing);
            return "redirect:/moving-on/decision?" + (willing ? "willing" : "withdrawn") + "#reveal";
        } catch (InvalidInputException e) {
            return "redirect:/moving-on/decision?noPartner#reveal";
        }
    }

    @GetMapping("/parting")
    String parting(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String region,
            HttpServletRequest request, Model model) {
        model.addAttribute("parting", decisions.parting(me.id(), region, BrowserLocales.of(request)));
        return "decision/parting";
    }

    @PostMapping("/parting")
    String part(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(defaultValue = "false") boolean confirm,
            HttpServletRequest request, Model model) {
        try {
            decisions.part(me.id(), confirm);
            return "redirect:/moving-on/after";
        } catch (InvalidInputException e) {
            model.addAttribute("confirmError", e.errors().get("confirm").code());
            return parting(me, null, request, model);
        }
    }

    @GetMapping("/after")
    String after(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request, Model model) {
        model.addAttribute("parting", decisions.parting(me.id(), null, BrowserLocales.of(request)));
        return "decision/after";
    }

    private static WritingForm form(DecisionAid aid) {
        WritingForm form = new WritingForm();
        DecisionAid.Writing w = aid.writing();
        if (w != null) {
            form.setStaying(nz(w.staying()));
            form.setParting(nz(w.parting()));
            form.setToKnow(nz(w.toKnow()));
            form.setChanged(nz(w.changed()));
            form.setVersion(w.version());
        }
        return form;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
