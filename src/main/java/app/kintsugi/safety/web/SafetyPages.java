package app.kintsugi.safety.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.resources.HelpRegion;
import app.kintsugi.resources.HelpResources;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;
import app.kintsugi.safety.SafetyStatus;
import app.kintsugi.shared.InvalidInputException;

@Controller
@RequiredArgsConstructor
class SafetyPages {

    private final SafetyChecks checks;
    private final HelpResources resources;

    /**
     * The crisis resources of the reader's region on every safety page (the safety resources, and the
     * result of a concerning safety check): their choice, or {@code ?region=} when not signed in.
     */
    @ModelAttribute("helpRegion")
    HelpRegion helpRegion(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(name = "region", required = false) String region,
            HttpServletRequest request) {
        return resources.regionFor(me == null ? null : me.id(), region, BrowserLocales.of(request));
    }

    @ModelAttribute("helpRegions")
    List<HelpRegion> helpRegions(Locale locale) {
        return resources.choices(locale);
    }

    @ModelAttribute("questions")
    SafetyQuestion[] questions() {
        return SafetyQuestion.values();
    }

    @ModelAttribute("answerChoices")
    SafetyAnswer[] answerChoices() {
        return SafetyAnswer.values();
    }

    @GetMapping("/safety")
    String form(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") SafetyForm form, Model model) {
        model.addAttribute("status", checks.status(me.id()));
        return "safety/check";
    }

    @PostMapping("/safety")
    String submit(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") SafetyForm form,
            BindingResult result, Model model) {
        Map<SafetyQuestion, SafetyAnswer> answers = new EnumMap<>(SafetyQuestion.class);
        for (SafetyQuestion q : SafetyQuestion.values()) {
            String value = form.getAnswers().get(q.name());
            if (value != null) {
                try {
                    answers.put(q, SafetyAnswer.valueOf(value));
                } catch (IllegalArgumentException ignored) {
                    // An unknown value counts as unanswered and gets the same message.
                }
            }
        }
        try {
            checks.record(me.id(), answers);
            // Post/redirect/get: reloading or going back never records the answers a second time.
            return "redirect:/safety/result";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("status", checks.status(me.id()));
            return "safety/check";
        }
    }

    @GetMapping("/safety/result")
    String result(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        SafetyStatus status = checks.status(me.id());
        if (!status.taken()) {
            return "redirect:/safety";
        }
        model.addAttribute("status", status);
        return "safety/result";
    }

    @GetMapping("/safety/resources")
    String resources() {
        return "safety/resources";
    }
}
