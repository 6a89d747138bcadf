package app.kintsugi.transparency.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import app.kintsugi.couple.Couples;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.program.ExerciseNotes;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Validation;
import app.kintsugi.transparency.Feedback;
import app.kintsugi.transparency.QuestionGuidance;
import app.kintsugi.transparency.QuestionRules;
import app.kintsugi.transparency.QuestionThread;
import app.kintsugi.transparency.Questions;
import app.kintsugi.transparency.ResponseKind;

/**
 * The question box. "Look at my question first" shows gentle guidance about detail and stores
 * nothing; "Ask" always asks. Each question of a thread has its own forms; a problem with one is
 * shown next to that form, with what the person wrote.
 */
@Controller
@RequestMapping("/questions")
@RequiredArgsConstructor
class QuestionPages {

    static final String BREAK_KIND = "question";

    private final Questions questions;
    private final QuestionGuidance guidance;
    private final Couples couples;
    private final app.kintsugi.moments.Breaks breaks;
    private final ExerciseNotes notes;

    /** The exercise where a person writes down, privately, the questions they carry. */
    static final String CARRIED = "transparency.questions";
    /** At most this many of those lines are offered beside the question box. */
    static final int MAX_CARRIED = 30;

    /**
     * The lines of the person's own "questions I carry", offered beside the box once a partner is
     * there: nothing of them is sent until the person puts one in the box and asks it. Empty for a
     * role the exercise is not meant for.
     */
    private List<String> carried(PersonPrincipal me) {
        try {
            return notes.of(me.id(), CARRIED).text().lines()
                    .map(line -> line.strip().replaceFirst("^(?:[-*•·]|\\d{1,3}[.)])\\s*", "").strip())
                    .filter(line -> !line.isEmpty()).limit(MAX_CARRIED).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    @ModelAttribute("breakMinutes")
    long breakMinutes() {
        return breaks.length().toMinutes();
    }

    /** A break from this thread of questions: the other sees "taking a break, back at …". Only while both share the space. */
    @PostMapping("/{id}/break")
    String takeBreak(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        QuestionThread thread = questions.thread(me.id(), id);
        if (thread.first().ended()) {
            throw new app.kintsugi.shared.NotFoundException();
        }
        breaks.take(me.id(), BREAK_KIND, thread.first().threadId());
        return "redirect:/questions/" + thread.first().threadId() + "?break#pause";
    }

    @PostMapping("/{id}/break/end")
    String endBreak(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        QuestionThread thread = questions.thread(me.id(), id);
        breaks.end(me.id(), BREAK_KIND, thread.first().threadId());
        return "redirect:/questions/" + thread.first().threadId();
    }

    @ModelAttribute("responseKinds")
    ResponseKind[] responseKinds() {
        return ResponseKind.values();
    }

    @ModelAttribute("maxWaitDays")
    int maxWaitDays() {
        return QuestionRules.MAX_WAIT_DAYS;
    }

    @GetMapping
    String box(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") QuestionForm form,
            @RequestParam(required = false) Integer carried, Model model) {
        if (carried != null && form.getText().isEmpty()) {
            List<String> lines = carried(me);
            if (carried >= 0 && carried < lines.size()) {
                form.setText(lines.get(carried));
            }
        }
        return boxPage(me, model);
    }

    @PostMapping
    String ask(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") QuestionForm form, BindingResult result,
            Locale locale, Model model) {
        if ("check".equals(form.getAction())) {
            check(form.getText(), result, locale, model);
            return boxPage(me, model);
        }
        try {
            UUID id = questions.ask(me.id(), form.getText());
            return "redirect:/questions/" + id + "?asked";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("problem", FormProblem.page(e));
            return boxPage(me, model);
        }
    }

    @GetMapping("/{id}")
    String thread(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, Model model) {
        model.addAttribute("thread", questions.open(me.id(), id));
        return threadPage(me, model);
    }

    @PostMapping("/{id}/respond")
    String respond(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String text,
            @RequestParam(required = false) String answerBy, Model model) {
        try {
            questions.respond(me.id(), id, version, kind, text, answerBy);
            return "redirect:/questions/" + id + "?responded#q-" + id;
        } catch (InvalidInputException e) {
            return problem(me, id, "respond", e, Map.of("kind", nz(kind), "text", nz(text), "answerBy", nz(answerBy)), model);
        } catch (StaleEditException e) {
            return "redirect:/questions/" + id + "?stale#q-" + id;
        }
    }

    @PostMapping("/{id}/answer")
    String changeAnswer(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String text, Model model) {
        try {
            questions.changeAnswer(me.id(), id, version, text);
            return "redirect:/questions/" + id + "?changed#q-" + id;
        } catch (InvalidInputException e) {
            return problem(me, id, "change", e, Map.of("text", nz(text)), model);
        } catch (StaleEditException e) {
            return "redirect:/questions/" + id + "?stale#q-" + id;
        }
    }

    @PostMapping("/{id}/feedback")
    String feedback(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String feedback, Model model) {
        Feedback answer = parse(feedback);
        try {
            questions.feedback(me.id(), id, version, answer);
            return answer == Feedback.MORE_QUESTIONS
                    ? "redirect:/questions/" + id + "?more=" + id + "#follow-up-" + id
                    : "redirect:/questions/" + id + "?helped#q-" + id;
        } catch (InvalidInputException e) {
            return problem(me, id, "feedback", e, Map.of(), model);
        } catch (StaleEditException e) {
            return "redirect:/questions/" + id + "?stale#q-" + id;
        }
    }

    @PostMapping("/{id}/follow-up")
    String followUp(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "ask") String action, Locale locale, Model model) {
        if ("check".equals(action)) {
            model.addAttribute("thread", questions.thread(me.id(), id));
            model.addAttribute("problem", new FormProblem(id, "follow-up", Map.of(), Map.of("text", nz(text))));
            if (text != null && !text.isBlank() && !DetailGuidance.tooLong(text)) {
                model.addAttribute("guidance", DetailGuidance.of(text, guidance.analyze(text, locale)));
                model.addAttribute("guidanceFor", id);
            }
            return threadPage(me, model);
        }
        try {
            UUID asked = questions.followUp(me.id(), id, text);
            return "redirect:/questions/" + asked + "?asked#q-" + asked;
        } catch (InvalidInputException e) {
            return problem(me, id, "follow-up", e, Map.of("text", nz(text)), model);
        }
    }

    private String problem(PersonPrincipal me, UUID id, String form, InvalidInputException e, Map<String, String> values,
            Model model) {
        model.addAttribute("thread", questions.thread(me.id(), id));
        model.addAttribute("problem", new FormProblem(id, form, e.errors(), values));
        return threadPage(me, model);
    }

    private String boxPage(PersonPrincipal me, Model model) {
        model.addAttribute("box", questions.box(me.id()));
        var space = couples.current(me.id()).orElse(null);
        model.addAttribute("space", space);
        model.addAttribute("carried", space != null && space.complete() ? carried(me) : List.of());
        return "transparency/questions";
    }

    private String threadPage(PersonPrincipal me, Model model) {
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        QuestionThread thread = (QuestionThread) model.getAttribute("thread");
        model.addAttribute("brk", thread == null || thread.first().ended() ? null
                : breaks.current(me.id(), BREAK_KIND, thread.first().threadId()).orElse(null));
        model.addAttribute("questions", thread == null ? java.util.List.of()
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(thread.first()), thread.followUps().stream()).toList());
        return "transparency/question";
    }

    private void check(String text, BindingResult result, Locale locale, Model model) {
        if (DetailGuidance.tooLong(text)) {
            result.rejectValue("text", "validation.text.tooLong", new Object[] {Validation.MAX_TEXT}, null);
        } else if (text == null || text.isBlank()) {
            result.rejectValue("text", "question.check.empty");
        } else {
            model.addAttribute("guidance", DetailGuidance.of(text, guidance.analyze(text, locale)));
        }
    }

    private static Feedback parse(String value) {
        try {
            return value == null ? null : Feedback.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
