package app.kintsugi.program.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.program.Exercise;
import app.kintsugi.program.ExerciseNotes;
import app.kintsugi.program.ExerciseProgress;
import app.kintsugi.program.Program;
import app.kintsugi.program.Progress;
import app.kintsugi.program.ProgressStatus;
import app.kintsugi.program.StepContent;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/program")
@Tag(name = "Program", description = "The steps and their exercises in the language asked for, my progress through them, "
        + "and each exercise's private notepad.")
@RequiredArgsConstructor
class ProgramApi {

    static final String EXERCISES = "/api/v1/program/exercises";
    private final Program program;
    private final Progress progress;
    private final ExerciseNotes notes;

    record ExerciseEntry(String id, String title, String description, boolean joint, ProgressStatus status, Instant startedAt,
            Instant completedAt, String page, String href) {
    }

    record StepEntry(String number, String key, String title, String summary, boolean continuous, List<ExerciseEntry> exercises) {
    }

    record ProgramView(List<StepEntry> steps) {
    }

    /** A notepad's text, private to its writer. */
    record NoteBody(String text) {
    }

    record ExerciseNote(String exerciseId, String text, Instant updatedAt, long version) {
    }

    @GetMapping
    @Operation(summary = "The program's steps and exercises, with my progress")
    ProgramView steps(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        Map<String, ExerciseProgress> mine = progress.of(me.id());
        return new ProgramView(program.steps().stream().map(step -> {
            StepContent content = program.content(step.key(), locale);
            List<ExerciseEntry> exercises = program.exercises(step.key()).stream()
                    .map(e -> entry(e, content, mine.getOrDefault(e.id(), ExerciseProgress.NONE))).toList();
            return new StepEntry(step.number(), step.key(), content.title(), content.summary(), step.continuous(), exercises);
        }).toList());
    }

    @PostMapping("/exercises/{id}/start")
    @Operation(summary = "Mark an exercise as started")
    ExerciseEntry start(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, HttpServletRequest request) {
        progress.start(me.id(), exercise(id).id());
        return current(me, id, request);
    }

    @PostMapping("/exercises/{id}/complete")
    @Operation(summary = "Mark an exercise as done")
    ExerciseEntry complete(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, HttpServletRequest request) {
        progress.complete(me.id(), exercise(id).id());
        return current(me, id, request);
    }

    @PostMapping("/exercises/{id}/reset")
    @Operation(summary = "Mark an exercise as not started")
    ExerciseEntry reset(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, HttpServletRequest request) {
        progress.reset(me.id(), exercise(id).id());
        return current(me, id, request);
    }

    @GetMapping("/exercises/{id}/note")
    @Operation(summary = "My private notepad for an exercise; the ETag is its version")
    ResponseEntity<ExerciseNote> note(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id) {
        notes.exercise(me.id(), id);
        ExerciseNotes.Note note = notes.of(me.id(), id);
        return ResponseEntity.ok().eTag(EntityTags.of(note.version())).body(new ExerciseNote(id, note.text(), note.updatedAt(),
                note.version()));
    }

    @PutMapping("/exercises/{id}/note")
    @Operation(summary = "Write my private notepad for an exercise", description = "Send the ETag read as If-Match.")
    ResponseEntity<ExerciseNote> saveNote(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody NoteBody body) {
        long expected = EntityTags.expected(ifMatch);
        notes.save(me.id(), id, body.text() == null ? "" : body.text(), expected);
        return note(me, id);
    }

    private Exercise exercise(String id) {
        return program.exercise(id).orElseThrow(NotFoundException::new);
    }

    private ExerciseEntry current(PersonPrincipal me, String id, HttpServletRequest request) {
        Exercise exercise = exercise(id);
        StepContent content = program.content(exercise.step(), BrowserLocales.spoken(request));
        return entry(exercise, content, progress.of(me.id()).getOrDefault(id, ExerciseProgress.NONE));
    }

    private static ExerciseEntry entry(Exercise e, StepContent content, ExerciseProgress p) {
        StepContent.ExerciseText text = content.exercises().get(e.id());
        return new ExerciseEntry(e.id(), text == null ? e.id() : text.title(), text == null ? null : text.description(), e.joint(),
                p.status(), p.startedAt().orElse(null), p.completedAt().orElse(null), e.doPath(), EXERCISES + "/" + e.id() + "/note");
    }
}
