package app.kintsugi.program.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;
import app.kintsugi.program.NextSteps;
import app.kintsugi.program.Program;
import app.kintsugi.program.Progress;
import app.kintsugi.program.ProgressStatus;
import app.kintsugi.program.Step;
import app.kintsugi.program.StepContent;
import app.kintsugi.safety.SafetyChecks;

@Controller
class DashboardPages {

    private final Program program;
    private final Progress progress;
    private final NextSteps nextSteps;
    private final Couples couples;
    private final SafetyChecks safety;
    private final java.util.List<app.kintsugi.program.InboxSource> inbox;

    DashboardPages(Program program, Progress progress, NextSteps nextSteps, Couples couples, SafetyChecks safety,
            java.util.List<app.kintsugi.program.InboxSource> inbox) {
        this.inbox = inbox;
        this.program = program;
        this.progress = progress;
        this.nextSteps = nextSteps;
        this.couples = couples;
        this.safety = safety;
    }

    /** Per step: how many of the exercises meant for this person they have finished. */
    record StepSummary(Step step, StepContent content, int done, int total) {
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal PersonPrincipal me, Locale locale, Model model) {
        switch (me.role()) {
            case COUNSELOR -> {
                return "redirect:/counselor";
            }
            case OPERATOR -> {
                return "redirect:/operator";
            }
            case PERSON -> { }
        }
        var space = couples.current(me.id()).orElse(null);
        Role role = space == null ? null : space.me().role();
        Map<String, ProgressStatus> statuses = new HashMap<>();
        progress.of(me.id()).forEach((id, p) -> statuses.put(id, p.status()));
        var steps = program.steps().stream().map(step -> {
            var exercises = program.exercises(step.key()).stream().filter(e -> e.meantFor(role)).toList();
            int done = (int) exercises.stream().map(Exercise::id)
                    .filter(id -> statuses.get(id) == ProgressStatus.COMPLETED).count();
            return new StepSummary(step, program.content(step.key(), locale), done, exercises.size());
        }).toList();
        Map<String, String> exerciseTitles = new HashMap<>();
        for (Exercise e : program.exercises()) {
            exerciseTitles.put(e.id(), program.content(e.step(), locale).exercises().get(e.id()).title());
        }
        model.addAttribute("steps", steps);
        model.addAttribute("suggestions", nextSteps.suggest(me.id()));
        model.addAttribute("exerciseTitles", exerciseTitles);
        model.addAttribute("space", space);
        model.addAttribute("safety", safety.status(me.id()));
        model.addAttribute("progressShared", progress.sharedWithPartner(me.id()));
        model.addAttribute("inbox", inbox.stream().flatMap(source -> source.itemsFor(me.id()).stream()).toList());
        return "program/dashboard";
    }
}
