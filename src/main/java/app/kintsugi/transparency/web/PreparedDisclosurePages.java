package app.kintsugi.transparency.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.moments.Breaks;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.transparency.DisclosurePart;
import app.kintsugi.transparency.PartMark;
import app.kintsugi.transparency.PreparedDisclosureRules;
import app.kintsugi.transparency.PreparedDisclosureView;
import app.kintsugi.transparency.PreparedDisclosures;
import app.kintsugi.transparency.QuestionView;
import app.kintsugi.transparency.Questions;
import app.kintsugi.transparency.ReadingWay;

/**
 * A prepared disclosure: the author's private workspace (four parts, saved as a draft over several
 * sittings), the meeting both agree on, and, once given, the partner's reading page with the care
 * bar, their marks and their questions part by part, and what was added later, apart.
 */
@Controller
@RequestMapping("/disclosure")
@RequiredArgsConstructor
class PreparedDisclosurePages {

    private final PreparedDisclosures disclosures;
    private final Questions questions;
    private final Couples couples;
    private final Breaks breaks;

    @ModelAttribute("breakMinutes")
    long breakMinutes() {
        return breaks.length().toMinutes();
    }

    @ModelAttribute("parts")
    DisclosurePart[] parts() {
        return DisclosurePart.values();
    }

    @ModelAttribute("ways")
    ReadingWay[] ways() {
        return ReadingWay.values();
    }

    @ModelAttribute("maxDaysAhead")
    int maxDaysAhead() {
        return PreparedDisclosureRules.MAX_DAYS_AHEAD;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        return overviewPage(me, model);
    }

    @PostMapping
    String start(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        try {
            return "redirect:/disclosure/" + disclosures.start(me.id());
        } catch (InvalidInputException e) {
            model.addAttribute("problem", FormProblem.page(e));
            return overviewPage(me, model);
        }
    }

    @GetMapping("/{id}")
    String one(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        return page(me, disclosures.open(me.id(), id), model);
    }

    @PostMapping("/{id}")
    String save(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam Map<String, String> form, Model model) {
        Map<DisclosurePart, String> texts = new EnumMap<>(DisclosurePart.class);
        Map<String, String> values = new HashMap<>();
        for (DisclosurePart p : DisclosurePart.values()) {
            String text = form.get(p.key());
            texts.put(p, text);
            values.put(p.key(), text == null ? "" : text);
        }
        try {
            disclosures.save(me.id(), id, version, texts);
            return "redirect:/disclosure/" + id + "?saved#write";
        } catch (InvalidInputException e) {
            model.addAttribute("problem", new FormProblem(id, "write", e.errors(), values));
        } catch (StaleEditException e) {
            // Saved elsewhere meanwhile (another device): what was typed here is shown again, not lost.
            model.addAttribute("problem", new FormProblem(id, "write", Map.of(), values));
            model.addAttribute("stale", true);
        }
        return page(me, disclosures.read(me.id(), id), model);
    }

    @PostMapping("/{id}/propose")
    String propose(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String day, @RequestParam(required = false) String time,
            @RequestParam(required = false) String way, Model model) {
        try {
            disclosures.propose(me.id(), id, version, day, time, way);
            return "redirect:/disclosure/" + id + "?proposed#meeting";
        } catch (InvalidInputException e) {
            return problem(me, id, "propose", e, Map.of("day", nz(day), "time", nz(time), "way", nz(way)), model);
        } catch (StaleEditException e) {
            return "redirect:/disclosure/" + id + "?stale#meeting";
        }
    }

    @PostMapping("/{id}/accept")
    String accept(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String way, Model model) {
        try {
            disclosures.accept(me.id(), id, version, way);
            return "redirect:/disclosure/" + id + "?accepted#meeting";
        } catch (InvalidInputException e) {
            return problem(me, id, "accept", e, Map.of("way", nz(way)), model);
        } catch (StaleEditException e) {
            return "redirect:/disclosure/" + id + "?stale#meeting";
        }
    }

    @PostMapping("/{id}/give")
    String give(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            Model model) {
        try {
            disclosures.give(me.id(), id, version);
            return "redirect:/disclosure/" + id + "?given";
        } catch (InvalidInputException e) {
            return problem(me, id, "give", e, Map.of(), model);
        } catch (StaleEditException e) {
            return "redirect:/disclosure/" + id + "?stale#meeting";
        }
    }

    @PostMapping("/{id}/mark")
    String mark(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String part,
            @RequestParam(required = false) String mark, Model model) {
        try {
            disclosures.mark(me.id(), id, part, mark);
            DisclosurePart p = DisclosurePart.parse(part).orElseThrow();
            return "redirect:/disclosure/" + id + "?marked=" + p.key() + "#part-" + p.key();
        } catch (InvalidInputException e) {
            return problem(me, id, "mark", e, Map.of(), model);
        }
    }

    @PostMapping("/{id}/ask")
    String ask(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String part,
            @RequestParam(required = false) String text, Model model) {
        try {
            UUID asked = questions.askAbout(me.id(), id, part, text);
            return "redirect:/questions/" + asked + "?asked";
        } catch (InvalidInputException e) {
            String key = DisclosurePart.parse(part).map(DisclosurePart::key).orElse("");
            return problem(me, id, "ask-" + key, e, Map.of("text", nz(text)), model);
        }
    }

    @PostMapping("/{id}/addition")
    String add(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String text,
            Model model) {
        try {
            UUID added = disclosures.add(me.id(), id, text);
            return "redirect:/disclosure/" + id + "?added#addition-" + added;
        } catch (InvalidInputException e) {
            return problem(me, id, "addition", e, Map.of("text", nz(text)), model);
        }
    }

    /** A break while writing or reading it: the other sees "taking a break, back at …" once they can see it at all. */
    @PostMapping("/{id}/break")
    String takeBreak(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        disclosures.takeBreak(me.id(), id);
        return "redirect:/disclosure/" + id + "?break#pause";
    }

    @PostMapping("/{id}/break/end")
    String endBreak(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        disclosures.endBreak(me.id(), id);
        return "redirect:/disclosure/" + id;
    }

    private String problem(PersonPrincipal me, UUID id, String form, InvalidInputException e, Map<String, String> values,
            Model model) {
        model.addAttribute("problem", new FormProblem(id, form, e.errors(), values));
        return page(me, disclosures.read(me.id(), id), model);
    }

    private String overviewPage(PersonPrincipal me, Model model) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        model.addAttribute("mine", disclosures.own(me.id()).orElse(null));
        model.addAttribute("forMe", disclosures.forMe(me.id()));
        model.addAttribute("ended", disclosures.fromEndedSpaces(me.id()));
        return "transparency/disclosures";
    }

    private String page(PersonPrincipal me, PreparedDisclosureView view, Model model) {
        model.addAttribute("d", view);
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        // A break is only between two people who can both see it: the author's own while writing, both once it is given.
        boolean careBar = view.live() && (view.mine() || view.given());
        model.addAttribute("careBar", careBar);
        model.addAttribute("brk", disclosures.currentBreak(me.id(), view).orElse(null));
        Map<DisclosurePart, List<QuestionView>> asked = new EnumMap<>(DisclosurePart.class);
        if (view.given()) {
            for (QuestionView q : questions.aboutDisclosure(me.id(), view.id())) {
                asked.computeIfAbsent(q.about(), k -> new java.util.ArrayList<>()).add(q);
            }
        }
        model.addAttribute("asked", asked);
        model.addAttribute("markAnswered", PartMark.ANSWERED);
        return "transparency/disclosure";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
