package app.kintsugi.help.web;

import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;

/**
 * Preparing for a counseling session: a form of what to include, and the PDF it makes. The PDF
 * goes straight to the person's browser as a download; nothing of it stays on the server.
 */
@Controller
@RequestMapping("/help/prepare")
class SessionPrepPages {

    private final SessionPrep prep;

    SessionPrepPages(SessionPrep prep) {
        this.prep = prep;
    }

    @GetMapping
    String form(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") PrepForm form, Model model) {
        return page(me, model);
    }

    @PostMapping
    Object download(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") PrepForm form, BindingResult result,
            Locale locale, Model model) {
        try {
            PreparedPdf pdf = prep.pdf(me.id(), form.toSelection(), locale);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                    .cacheControl(CacheControl.noStore())
                    .body(pdf.content());
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
