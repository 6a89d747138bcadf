package app.kintsugi.communication.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import app.kintsugi.communication.ToneCoach;

/** Practising "I" statements on one's own: the tone coach alone. Nothing typed here is stored or sent. */
@Controller
@RequestMapping("/tone-coach")
@RequiredArgsConstructor
class ToneCoachPages {

    private final ToneCoach coach;

    @GetMapping
    String page(@ModelAttribute("form") TextForm form) {
        return "communication/tone-coach";
    }

    @PostMapping
    String check(@ModelAttribute("form") TextForm form, BindingResult result, Locale locale, Model model) {
        ToneGuidance.check(coach, form.getText(), result, locale, model);
        return "communication/tone-coach";
    }
}
