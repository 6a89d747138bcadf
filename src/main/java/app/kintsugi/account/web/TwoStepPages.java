package app.kintsugi.account.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.SecondFactors;
import app.kintsugi.account.SignIn;
import app.kintsugi.platform.BrowserPreferences;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;

/**
 * The second sign-in step: setting it up at {@code /settings/security} (current password, then a
 * first code from the app, then recovery codes shown once), removing it, and the page that asks
 * for the code after a correct password on a browser the account has not seen.
 */
@Controller
class TwoStepPages {

    private final SecondFactors factors;
    private final SignIn signIn;
    private final MessageSource messages;

    TwoStepPages(SecondFactors factors, SignIn signIn, MessageSource messages) {
        this.factors = factors;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping("/settings/security")
    String overview(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TwoStepForm form,
            HttpServletRequest request, Locale locale, Model model) {
        return page(me, request, locale, model);
    }

    @PostMapping("/settings/security/start")
    String start(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TwoStepForm form, BindingResult result,
            HttpServletRequest request, Locale locale, Model model) {
        try {
            factors.start(me.id(), form.getCurrentPassword(), issuer(request, locale), request);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        }
        form.forget();
        return page(me, request, locale, model);
    }

    @PostMapping("/settings/security/confirm")
    String confirm(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TwoStepForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        try {
            List<String> codes = factors.confirm(me.id(), form.getCode(), request, response);
            model.addAttribute("recoveryCodes", codes);
            model.addAttribute("justAdded", true);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        }
        form.forget();
        return page(me, request, locale, model);
    }

    @PostMapping("/settings/security/recovery-codes")
    String renew(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TwoStepForm form, BindingResult result,
            HttpServletRequest request, Locale locale, Model model) {
        try {
            model.addAttribute("recoveryCodes", factors.renewRecoveryCodes(me.id(), form.getCurrentPassword(), request));
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("renewing", true);
        }
        form.forget();
        return page(me, request, locale, model);
    }

    @PostMapping("/settings/security/remove")
    String remove(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TwoStepForm form, BindingResult result,
            HttpServletRequest request, Locale locale, Model model) {
        try {
            factors.remove(me.id(), form.getCurrentPassword(), request);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("removing", true);
            form.forget();
            return page(me, request, locale, model);
        }
        return "redirect:/settings/security?removed";
    }

    private String page(PersonPrincipal me, HttpServletRequest request, Locale locale, Model model) {
        SecondFactors.Status status = factors.status(me.id());
        model.addAttribute("status", status);
        if (!status.active()) {
            factors.pending(me.id(), issuer(request, locale)).ifPresent(enrolment -> {
                model.addAttribute("enrolment", enrolment);
                model.addAttribute("qr", QrCodes.svg(enrolment.uri(),
                        messages.getMessage("twoStep.qr.label", null, locale)));
            });
        }
        return "account/security";
    }

    /** The name the authenticator app shows for the key: a neutral one in discreet mode. */
    private String issuer(HttpServletRequest request, Locale locale) {
        boolean discreet = request.getAttribute(BrowserPreferences.ATTRIBUTE) instanceof BrowserPreferences prefs && prefs.discreet();
        return messages.getMessage(discreet ? "discreet.name" : "app.name", null, locale);
    }

    @GetMapping("/sign-in/code")
    String codeForm(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request,
            @ModelAttribute("form") TwoStepForm form) {
        if (me != null) {
            return "redirect:/";
        }
        if (!signIn.waitingForCode(request)) {
            return "redirect:/sign-in";
        }
        return "account/second-step";
    }

    @PostMapping("/sign-in/code")
    String code(@ModelAttribute("form") TwoStepForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        SignIn.StepResult outcome = signIn.secondStep(form.getCode(), request, response);
        form.forget();
        switch (outcome.step()) {
            case SIGNED_IN:
                return "redirect:" + outcome.next();
            case NOT_WAITING:
                return "redirect:/sign-in?expired";
            case WAIT:
                result.rejectValue("code", "twoStep.code.wait", new Object[] {Math.max(1, (outcome.waitSeconds() + 59) / 60)}, null);
                response.setStatus(429);
                return "account/second-step";
            default:
                result.rejectValue("code", "twoStep.code.wrongAtSignIn");
                response.setStatus(401);
                return "account/second-step";
        }
    }

    /** Told once after signing in: wrong passwords or codes typed for the account since the last visit. */
    @GetMapping("/sign-in/attempts")
    String attempts(HttpServletRequest request, Model model) {
        return signIn.attemptsToTell(request).map(a -> {
            model.addAttribute("attempts", a);
            return "account/attempts";
        }).orElse("redirect:/");
    }
}
