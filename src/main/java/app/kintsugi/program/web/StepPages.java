package app.kintsugi.program.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;
import app.kintsugi.program.ExerciseProgress;
import app.kintsugi.program.Program;
import app.kintsugi.program.Progress;
import app.kintsugi.program.Step;
import app.kintsugi.shared.NotFoundException;

@Controller
@RequiredArgsConstructor
class StepPages {

    private final Program program;
    private final Progress progress;
    private final Couples couples;

    @GetMapping("/steps/{key}")
    String step(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String key, Locale locale, Model model) {
        Step step = program.step(key).orElseThrow(NotFoundException::new);
        CoupleSpace space = couples.current(me.id()).orElse(null);
        Role role = space == null ? null : space.me().role();
        boolean alone = space == null || !space.complete();
        List<Exercise> mine = app.kintsugi.program.ForOne.now(program.exercises(key), role, alone);
        model.addAttribute("alone", alone);
        model.addAttribute("laterTogether", app.kintsugi.program.ForOne.laterTogether(program.exercises(key), role, alone));
        model.addAttribute("step", step);
        model.addAttribute("content", program.content(key, locale));
        model.addAttribute("role", role);
        model.addAttribute("space", space);
        model.addAttribute("exercises", mine);
        model.addAttribute("progress", progress.of(me.id()));
        model.addAttribute("none", ExerciseProgress.NONE);
        model.addAttribute("partnerProgress", progress.partnerProgress(me.id()).orElse(null));
        int index = program.steps().indexOf(step);
        model.addAttribute("previous", index > 0 ? program.steps().get(index - 1) : null);
        model.addAttribute("next", index < program.steps().size() - 1 ? program.steps().get(index + 1) : null);
        model.addAttribute("titles", titles(locale));
        return "program/step";
    }

    @PostMapping("/progress/{exerciseId}/start")
    String start(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String exerciseId,
            @RequestParam(required = false) String back) {
        progress.start(me.id(), exerciseId);
        return back(exerciseId, back);
    }

    @PostMapping("/progress/{exerciseId}/complete")
    String complete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String exerciseId,
            @RequestParam(required = false) String back) {
        progress.complete(me.id(), exerciseId);
        return back(exerciseId, back);
    }

    @PostMapping("/progress/{exerciseId}/reset")
    String reset(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String exerciseId,
            @RequestParam(required = false) String back) {
        progress.reset(me.id(), exerciseId);
        return back(exerciseId, back);
    }

    @PostMapping("/progress/sharing")
    String sharing(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(defaultValue = "false") boolean shared) {
        try {
            progress.setSharedWithPartner(me.id(), shared);
        } catch (app.kintsugi.shared.InvalidInputException e) {
            return "redirect:/?noPartner";
        }
        return "redirect:/?sharing";
    }

    private String back(String exerciseId, String back) {
        Exercise exercise = program.exercise(exerciseId).orElseThrow(NotFoundException::new);
        if ("exercise".equals(back)) {
            return "redirect:/exercises/" + exercise.id() + "?marked";
        }
        return "redirect:/steps/" + exercise.step() + "#" + exercise.id();
    }

    private Map<String, String> titles(Locale locale) {
        Map<String, String> titles = new java.util.HashMap<>();
        for (Step s : program.steps()) {
            titles.put(s.key(), program.content(s.key(), locale).title());
        }
        return titles;
    }
}
