package app.kintsugi.counselor.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.checkin.AddedQuestionnaires;
import app.kintsugi.checkin.DefinitionProblemsException;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.counselor.Counselor;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.api.ApiProblems;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/counselor/questionnaires")
@Tag(name = "Counselor", description = "For counselors only: the couples who invited me, what each partner chose to show me "
        + "while both agree, and my own notes. Any other account gets 404.")
@RequiredArgsConstructor
class CounselorQuestionnairesApi {

    private final Counselors counselors;
    private final AddedQuestionnaires added;
    private final ApiProblems problems;

    /** A definition in the format of a questionnaire file. */
    record DefinitionBody(String definition) {
    }

    /** A definition that reads well: what a person would be asked, in counts and names. */
    record DefinitionCheck(String title, int items, List<String> subscales) {
    }

    /** One of my questionnaires: its id, title and number of items, when I added it and whether it is offered. */
    record AddedLine(String id, String title, int items, List<String> subscales, Instant addedAt, boolean offered, String href) {

        static AddedLine of(Questionnaire q, Instant addedAt, boolean offered, Locale locale) {
            return new AddedLine(q.id(), q.title(locale), q.items().size(), q.subscales().stream().map(s -> s.name()).toList(), addedAt,
                    offered, "/api/v1/counselor/questionnaires/" + q.id());
        }
    }

    @GetMapping
    @Operation(summary = "The questionnaires I added", description = "Newest first, offered or not. Offered ones are answered by the "
            + "people whose counselor I am, while access stands.")
    List<AddedLine> list(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        approved(me);
        Locale locale = BrowserLocales.spoken(request);
        return added.byAuthor(me.id()).stream().map(a -> AddedLine.of(a.questionnaire(), a.addedAt(), a.offered(), locale)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One questionnaire I added")
    AddedLine one(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, HttpServletRequest request) {
        approved(me);
        Locale locale = BrowserLocales.spoken(request);
        return added.byAuthor(me.id()).stream().filter(a -> a.questionnaire().id().equals(id)).findFirst()
                .map(a -> AddedLine.of(a.questionnaire(), a.addedAt(), a.offered(), locale)).orElseThrow(NotFoundException::new);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a questionnaire", description = "The definition is read as strictly as an operator's questionnaire "
            + "file. When it cannot be used: 422 with field definition and a list 'problems', each with its line; nothing is stored.")
    AddedLine add(@AuthenticationPrincipal PersonPrincipal me, @RequestBody DefinitionBody body, HttpServletRequest request) {
        approved(me);
        Questionnaire q = added.add(me.id(), body.definition());
        return one(me, q.id(), request);
    }

    @PostMapping("/check")
    @Operation(summary = "Check a definition without adding it", description = "As adding it, but nothing is stored either way.")
    DefinitionCheck check(@AuthenticationPrincipal PersonPrincipal me, @RequestBody DefinitionBody body, HttpServletRequest request) {
        approved(me);
        if (body.definition() == null || body.definition().isBlank()) {
            throw app.kintsugi.shared.InvalidInputException.of("definition", "added.definition.required");
        }
        Questionnaire q = added.check(body.definition());
        return new DefinitionCheck(q.title(BrowserLocales.spoken(request)), q.items().size(), q.subscales().stream().map(s -> s.name()).toList());
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Stop offering a questionnaire I added", description = "Those who answered it keep their answers.")
    AddedLine retire(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id, HttpServletRequest request) {
        approved(me);
        added.retire(me.id(), id);
        return one(me, id, request);
    }

    @ExceptionHandler(DefinitionProblemsException.class)
    ResponseEntity<ProblemDetail> problems(DefinitionProblemsException e, HttpServletRequest request) {
        ProblemDetail problem = problems.invalid(app.kintsugi.shared.InvalidInputException.of("definition", "added.definition.invalid"),
                request);
        problem.setProperty("problems", e.problems());
        return problems.entity(problem);
    }

    private Counselor approved(PersonPrincipal me) {
        return counselors.find(me.id()).filter(Counselor::approved).orElseThrow(NotFoundException::new);
    }
}
