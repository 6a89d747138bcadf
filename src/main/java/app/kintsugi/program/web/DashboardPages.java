package app.kintsugi.program.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;
import app.kintsugi.program.ExerciseProgress;
import app.kintsugi.program.ForOne;
import app.kintsugi.program.NextSteps;
import app.kintsugi.program.Program;
import app.kintsugi.program.Progress;
import app.kintsugi.program.ProgressStatus;
import app.kintsugi.program.Step;
import app.kintsugi.program.StepContent;
import app.kintsugi.program.Today;
import app.kintsugi.safety.SafetyChecks;

@Controller
@RequiredArgsConstructor
class DashboardPages {

    private final Program program;
    private final Progress progress;
    private final NextSteps nextSteps;
    private final Today today;
    private final Couples couples;
    private final SafetyChecks safety;
    private final java.time.Clock clock;

    /**
     * Per step: how many of the exercises meant for this person they have done and started, when they
     * last did something in it, and, when the partner shares their progress, how many the partner has done.
     */
    record StepSummary(Step step, StepContent content, int done, int started, int total, Instant lastActivity,
            Integer partnerDone, int laterTogether) {
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
        Map<String, ExerciseProgress> mine = progress.of(me.id());
        Map<String, Instant> last = progress.lastActivityByExercise(me.id());
        Optional<Map<String, ExerciseProgress>> partner = progress.partnerProgress(me.id());
        Role partnerRole = space == null ? null : space.partner().map(p -> p.role()).orElse(null);
        // Alone, only what is done alone is counted: no "0 of 3" for work that needs someone else.
        boolean alone = space == null || !space.complete();
        var steps = program.steps().stream().map(step -> {
            var exercises = ForOne.now(program.exercises(step.key()), role, alone);
            int done = count(exercises, mine, ProgressStatus.COMPLETED);
            int started = count(exercises, mine, ProgressStatus.STARTED);
            Instant latest = exercises.stream().map(e -> last.get(e.id())).filter(java.util.Objects::nonNull)
                    .max(Instant::compareTo).orElse(null);
            Integer partnerDone = partner.map(p -> count(program.exercises(step.key()).stream()
                    .filter(e -> e.meantFor(partnerRole)).toList(), p, ProgressStatus.COMPLETED)).orElse(null);
            return new StepSummary(step, program.content(step.key(), locale), done, started, exercises.size(), latest,
                    partnerDone, ForOne.laterTogether(program.exercises(step.key()), role, alone).size());
        }).toList();
        Map<String, String> exerciseTitles = new HashMap<>();
        for (Exercise e : program.exercises()) {
            exerciseTitles.put(e.id(), program.content(e.step(), locale).exercises().get(e.id()).title());
        }
        Today.View day = today.of(me.id());
        model.addAttribute("today", day);
        model.addAttribute("steps", steps);
        model.addAttribute("suggestions", nextSteps.suggest(me.id()));
        model.addAttribute("exerciseTitles", exerciseTitles);
        model.addAttribute("space", space);
        model.addAttribute("alone", alone);
        var ended = space == null ? couples.lastEnded(me.id()).orElse(null) : null;
        model.addAttribute("endedSpace", ended);
        // Said at the top for two weeks after the other person ended it; in the space card for as long as there is no new space.
        model.addAttribute("endedSpaceRecent", ended != null
                && ended.endedAt().isAfter(clock.instant().minus(java.time.Duration.ofDays(14))));
        model.addAttribute("safety", safety.status(me.id()));
        model.addAttribute("progressShared", progress.sharedWithPartner(me.id()));
        model.addAttribute("newcomer", space == null && mine.isEmpty());
        return "program/dashboard";
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("lines", today.history(me.id()));
        return "program/inbox";
    }

    private static int count(List<Exercise> exercises, Map<String, ExerciseProgress> progress, ProgressStatus status) {
        return (int) exercises.stream().filter(e -> progress.getOrDefault(e.id(), ExerciseProgress.NONE).status() == status).count();
    }
}
