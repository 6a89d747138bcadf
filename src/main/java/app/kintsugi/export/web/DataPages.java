package app.kintsugi.export.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.export.DataExport;
import app.kintsugi.export.PasswordCheck;
import app.kintsugi.platform.DiscreetMode;
import app.kintsugi.platform.Downloads;
import app.kintsugi.privacy.Retention;
import app.kintsugi.shared.InvalidInputException;

/**
 * "Your data": what the export holds, and the two downloads behind the password. A download goes
 * straight to the browser, is never cached, and nothing of it stays on the server. The password
 * is never put back into the page.
 */
@Controller
@RequestMapping("/settings/data")
@RequiredArgsConstructor
class DataPages {

    private final DataExport export;
    private final PasswordCheck passwords;
    private final Retention retention;

    @ModelAttribute
    void retention(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        Map<String, Integer> chosen = retention.choices(me.id());
        model.addAttribute("retentionKinds", Retention.kinds());
        model.addAttribute("retentionMonthsChoices", Retention.MONTHS);
        if (!model.containsAttribute("retentionChosen")) {
            model.addAttribute("retentionChosen", chosen.keySet());
            model.addAttribute("retentionMonths", chosen.values().stream().findFirst().orElse(null));
        }
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("format", "json");
        return "export/data";
    }

    /** Entries of chosen kinds older than some months go by themselves; "keep everything" turns it off. */
    @PostMapping("/retention")
    String retention(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String months,
            @RequestParam(required = false) List<String> kinds, Model model) {
        Set<String> chosen = kinds == null ? Set.of() : new LinkedHashSet<>(kinds);
        Integer parsed = null;
        try {
            parsed = months == null || months.isBlank() ? null : Integer.valueOf(months.strip());
            retention.choose(me.id(), parsed, chosen);
        } catch (NumberFormatException | InvalidInputException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.errors().keySet().iterator().next() : "months";
            String message = e instanceof InvalidInputException invalid ? invalid.errors().values().iterator().next().code()
                    : "retention.months.invalid";
            model.addAttribute("retentionChosen", chosen);
            model.addAttribute("retentionMonths", parsed);
            model.addAttribute("retentionError", Map.of(field, message));
            model.addAttribute("format", "json");
            return "export/data";
        }
        return "redirect:/settings/data?retention#retention";
    }

    @PostMapping
    Object download(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String password,
            @RequestParam(defaultValue = "json") String format, Locale locale, HttpServletRequest request, Model model) {
        boolean pdf = "pdf".equals(format);
        if (!PasswordAgain.accepted(passwords, me.id(), password, model, request)) {
            model.addAttribute("format", pdf ? "pdf" : "json");
            return "export/data";
        }
        DataExport.Download file = pdf ? export.pdf(me.id(), locale, DiscreetMode.on(request)) : export.json(me.id());
        return Downloads.attachment(file.content(), file.fileName(), MediaType.parseMediaType(file.mediaType()));
    }
}
