package app.kintsugi.program.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.program.Exercise;
import app.kintsugi.program.ExerciseNotes;
import app.kintsugi.program.ExerciseProgress;
import app.kintsugi.program.Program;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;

/** The screen of an exercise done away from the screen: what it asks, a private notepad, and "done for now". */
@Controller
@RequiredArgsConstructor
class ExercisePages {

    private final ExerciseNotes notes;
    private final Program program;
    private final Progress progress;
    private final Couples couples;

    @GetMapping("/exercises/{id}")
    String show(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, Locale locale, Model model) {
        Exercise exercise = notes.exercise(me.id(), id);
        ExerciseNotes.Note note = notes.of(me.id(), id);
        if (!model.containsAttribute("text")) {
            model.addAttribute("text", note.text());
            model.addAttribute("version", note.version());
        }
        model.addAttribute("note", note);
        model.addAttribute("exercise", exercise);
        model.addAttribute("content", program.content(exercise.step(), locale));
        model.addAttribute("stepTitle", program.content(exercise.step(), locale).title());
        model.addAttribute("status", progress.of(me.id()).getOrDefault(exercise.id(), ExerciseProgress.NONE).status());
        model.addAttribute("role", couples.current(me.id()).map(s -> s.me().role()).orElse(null));
        return "program/exercise";
    }

    @PostMapping("/exercises/{id}/note")
    String save(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "-1") long version, Locale locale, Model model) {
        try {
            notes.save(me.id(), id, note, version);
            return "redirect:/exercises/" + id + "?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("noteError", e.errors().get("note"));
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("text", note);
        model.addAttribute("version", notes.of(me.id(), id).version());
        return show(me, id, locale, model);
    }
}
