package app.kintsugi.help.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.help.PreparedPdf;
import app.kintsugi.help.SessionPrep;
import app.kintsugi.platform.Downloads;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;

/**
 * Preparing for a counseling session: a form of what to include, and the PDF it makes. The PDF
 * goes straight to the person's browser as a download; nothing of it stays on the server.
 */
@Controller
@RequestMapping("/help/prepare")
@RequiredArgsConstructor
class SessionPrepPages {

    private final SessionPrep prep;

    @GetMapping
    String form(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") PrepForm form, Model model) {
        return page(me, model);
    }

    @PostMapping
    Object download(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") PrepForm form, BindingResult result,
            Locale locale, Model model) {
        try {
            PreparedPdf pdf = prep.pdf(me.id(), form.toSelection(), locale);
            return Downloads.attachment(pdf.content(), pdf.fileName(), MediaType.APPLICATION_PDF);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return page(me, model);
        }
    }

    private String page(PersonPrincipal me, Model model) {
        model.addAttribute("choices", prep.choices(me.id()));
        model.addAttribute("trendWeeks", SessionPrep.TREND_WEEKS);
        return "help/prepare";
    }
}
