package app.kintsugi.counselor.web;

import java.util.List;

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
import app.kintsugi.checkin.AddedQuestionnaires;
import app.kintsugi.checkin.DefinitionProblemsException;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.counselor.Counselor;
import app.kintsugi.counselor.Counselors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;

/**
 * An approved counselor's own questionnaires: the ones they added, offered to the people whose
 * counselor they are while access stands; a definition checked (and shown as a person would answer
 * it) before it is added; stopping one.
 */
@Controller
@RequestMapping("/counselor/questionnaires")
@RequiredArgsConstructor
class CounselorQuestionnairePages {

    private final Counselors counselors;
    private final AddedQuestionnaires added;

    @GetMapping
    String list(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        return page(me, model, "", null, List.of(), null);
    }

    /** "Check it" shows the questionnaire as a person would answer it and stores nothing; "Add it" adds it. */
    @PostMapping
    String add(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(defaultValue = "") String definition,
            @RequestParam(defaultValue = "add") String action, Model model) {
        approved(me);
        try {
            if ("check".equals(action)) {
                if (definition.isBlank()) {
                    throw InvalidInputException.of("definition", "added.definition.required");
                }
                return page(me, model, definition, null, List.of(), added.check(definition));
            }
            Questionnaire q = added.add(me.id(), definition);
            return "redirect:/counselor/questionnaires?added=" + q.id() + "#added-" + q.id();
        } catch (InvalidInputException e) {
            return page(me, model, definition, e.errors().get("definition"), List.of(), null);
        } catch (DefinitionProblemsException e) {
            return page(me, model, definition, null, e.problems(), null);
        }
    }

    @PostMapping("/{id}/retire")
    String retire(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String id) {
        approved(me);
        added.retire(me.id(), id);
        return "redirect:/counselor/questionnaires?retired#added-" + id;
    }

    private String page(PersonPrincipal me, Model model, String definition, InvalidInputException.FieldError error,
            List<String> problems, Questionnaire preview) {
        approved(me);
        model.addAttribute("added", added.byAuthor(me.id()));
        model.addAttribute("definition", definition);
        model.addAttribute("definitionError", error);
        model.addAttribute("problems", problems);
        model.addAttribute("preview", preview);
        model.addAttribute("maxDefinition", AddedQuestionnaires.MAX_DEFINITION);
        return "help/counselor-questionnaires";
    }

    /** Only an approved counselor has questionnaires to offer; anyone else finds nothing here. */
    private Counselor approved(PersonPrincipal me) {
        return counselors.find(me.id()).filter(Counselor::approved).orElseThrow(NotFoundException::new);
    }
}
