package app.kintsugi.moments.web;

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
import app.kintsugi.moments.RepairFeeling;
import app.kintsugi.moments.RepairView;
import app.kintsugi.moments.Repairs;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/** Repair after a talk that went badly: start one, write one's part privately, share it, see both side by side. */
@Controller
@RequestMapping("/repairs")
@RequiredArgsConstructor
class RepairPages {

    private final Repairs repairs;

    @ModelAttribute("allFeelings")
    RepairFeeling[] allFeelings() {
        return RepairFeeling.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("repairs", repairs.list(me.id()));
        model.addAttribute("canStart", repairs.canStart(me.id()));
        return "moments/repairs";
    }

    @PostMapping
    String start(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String title, Model model) {
        try {
            UUID id = repairs.start(me.id(), title);
            return "redirect:/repairs/" + id + "?started";
        } catch (InvalidInputException e) {
            model.addAttribute("titleError", e.errors().get("title"));
            model.addAttribute("title", title);
            return list(me, model);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        RepairView r = repairs.open(me.id(), id);
        model.addAttribute("r", r);
        model.addAttribute("form", form(r));
        return "moments/repair";
    }

    @PostMapping("/{id}")
    String save(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @ModelAttribute("form") RepairForm form,
            BindingResult result, Model model) {
        try {
            repairs.save(me.id(), id, form.getVersion(), form.draft());
            return "redirect:/repairs/" + id + "?saved#mine";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            RepairView now = repairs.read(me.id(), id);
            form.setVersion(now.mine() == null ? -1 : now.mine().version());
        }
        model.addAttribute("r", repairs.read(me.id(), id));
        return "moments/repair";
    }

    @PostMapping("/{id}/share")
    String share(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        try {
            repairs.share(me.id(), id);
            return "redirect:/repairs/" + id + "?shared#both";
        } catch (InvalidInputException e) {
            return "redirect:/repairs/" + id + "?nothing#mine";
        }
    }

    private static RepairForm form(RepairView r) {
        RepairForm form = new RepairForm();
        if (r.mine() != null) {
            form.setFeelings(new java.util.ArrayList<>(r.mine().feelings().stream().map(Enum::name).toList()));
            form.setPerception(nz(r.mine().perception()));
            form.setTriggers(nz(r.mine().triggers()));
            form.setOwned(nz(r.mine().owned()));
            form.setDifferently(nz(r.mine().differently()));
            form.setVersion(r.mine().version());
        }
        return form;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
