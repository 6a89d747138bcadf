package app.kintsugi.transparency.web;

import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.transparency.AmendStatus;
import app.kintsugi.transparency.AmendView;
import app.kintsugi.transparency.Amends;

/** The amends plan: actions with what and by when, moved along by their author, acknowledged by the partner. */
@Controller
@RequestMapping("/amends")
@RequiredArgsConstructor
class AmendPages {

    private static final UUID NEW = new UUID(0, 0);

    private final Amends amends;
    private final Couples couples;

    @GetMapping
    String plan(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        return page(me, model);
    }

    @PostMapping
    String add(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String text,
            @RequestParam(required = false) String due, Model model) {
        try {
            UUID id = amends.plan(me.id(), text, due);
            return "redirect:/amends?added#a-" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problem", new FormProblem(NEW, "add", e.errors(), Map.of("text", nz(text), "due", nz(due))));
            return page(me, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        AmendView a = amends.read(me.id(), id);
        if (!a.canChange()) {
            throw new NotFoundException();
        }
        model.addAttribute("a", a);
        model.addAttribute("text", a.text());
        model.addAttribute("due", a.due().toString());
        model.addAttribute("version", a.version());
        return "transparency/amend-form";
    }

    @PostMapping("/{id}")
    String change(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String text, @RequestParam(required = false) String due, Model model) {
        try {
            amends.change(me.id(), id, version, text, due);
            return "redirect:/amends?changed#a-" + id;
        } catch (InvalidInputException | StaleEditException e) {
            AmendView a = amends.read(me.id(), id);
            model.addAttribute("a", a);
            model.addAttribute("text", nz(text));
            model.addAttribute("due", nz(due));
            if (e instanceof InvalidInputException invalid) {
                model.addAttribute("problem", new FormProblem(id, "change", invalid.errors(), Map.of()));
                model.addAttribute("version", version);
            } else {
                model.addAttribute("stale", true);
                model.addAttribute("version", a.version());
            }
            return "transparency/amend-form";
        }
    }

    @PostMapping("/{id}/status")
    String status(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String status, Model model) {
        try {
            amends.setStatus(me.id(), id, version, parse(status));
            return "redirect:/amends?moved#a-" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problem", new FormProblem(id, "status", e.errors(), Map.of()));
            amends.read(me.id(), id);
            return page(me, model);
        } catch (StaleEditException e) {
            return "redirect:/amends?stale#a-" + id;
        }
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String note,
            Model model) {
        try {
            amends.acknowledge(me.id(), id, note);
            return "redirect:/amends?acknowledged#a-" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problem", new FormProblem(id, "ack", e.errors(), Map.of("note", nz(note))));
            amends.read(me.id(), id);
            return page(me, model);
        }
    }

    private String page(PersonPrincipal me, Model model) {
        model.addAttribute("plan", amends.overview(me.id()));
        var space = couples.current(me.id()).orElse(null);
        model.addAttribute("space", space);
        model.addAttribute("hurt", space != null && space.me().role() == app.kintsugi.couple.Role.HURT_PARTNER);
        model.addAttribute("bothRoles", space != null && space.me().role() == app.kintsugi.couple.Role.BOTH);
        model.addAttribute("newEntry", NEW);
        model.addAttribute("statuses", AmendStatus.values());
        return "transparency/amends";
    }

    private static AmendStatus parse(String value) {
        try {
            return value == null ? null : AmendStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
