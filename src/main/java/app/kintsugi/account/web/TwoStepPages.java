package app.kintsugi.account.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

import app.kintsugi.account.Passkeys;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.SecondFactors;
import app.kintsugi.account.SignIn;
import app.kintsugi.platform.DiscreetMode;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;

/**
 * The second sign-in step: setting it up at {@code /settings/security} (current password, then a
 * first code from the app, then recovery codes shown once), removing it, and the page that asks
 * for the code after a correct password on a browser the account has not seen.
 */
@Controller
@RequiredArgsConstructor
class TwoStepPages {

    private final SecondFactors factors;
    private final Passkeys passkeys;
    private final SignIn signIn;
    private final MessageSource messages;

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
            model.addAttribute("starting", true);
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
            model.addAttribute("starting", !factors.status(me.id()).active());
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
            // With no app to turn off, the answer stands beside the form that turns it on.
            model.addAttribute("starting", !factors.status(me.id()).app());
            form.forget();
            return page(me, request, locale, model);
        }
        return "redirect:/settings/security?removed";
    }

    // ---- Passkeys ----

    /** Adding a passkey starts with the current password; the page then offers to make it. */
    @PostMapping("/settings/security/passkeys/start")
    String startPasskey(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TwoStepForm form,
            BindingResult result, HttpServletRequest request, Locale locale, Model model) {
        try {
            passkeys.startAdding(me.id(), form.getCurrentPassword(), request);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("passkeyStarting", true);
        }
        form.forget();
        return page(me, request, locale, model);
    }

    /** What the browser needs to make the passkey, read by the page's script (404 unless the password was just typed). */
    @PostMapping(path = "/settings/security/passkeys/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> creationOptions(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        return passkeys.creationOptions(me.id(), request).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/settings/security/passkeys")
    String addPasskey(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TwoStepForm form,
            BindingResult result, HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        try {
            List<String> codes = passkeys.add(me.id(), form.getCredential(), request, response);
            if (!codes.isEmpty()) {
                model.addAttribute("recoveryCodes", codes);
            }
            model.addAttribute("passkeyAdded", true);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
        }
        form.forget();
        return page(me, request, locale, model);
    }

    @PostMapping("/settings/security/passkeys/remove")
    String removePasskey(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TwoStepForm form,
            BindingResult result, HttpServletRequest request, Locale locale, Model model) {
        try {
            passkeys.remove(me.id(), form.getPasskey(), form.getCurrentPassword(), request);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            model.addAttribute("removingPasskey", form.getPasskey());
            form.forget();
            return page(me, request, locale, model);
        }
        return "redirect:/settings/security?passkeyRemoved";
    }

    /**
     * What the browser needs to sign in with a passkey: for the person whose password was right when
     * this browser waits for a second step, otherwise for a passkey on its own.
     */
    @PostMapping(path = "/sign-in/passkey/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> requestOptions(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        if (me != null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(passkeys.requestOptions(signIn.waitingFor(request), request));
    }

    @PostMapping("/sign-in/passkey")
    String passkeySignIn(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") TwoStepForm form,
            HttpServletRequest request, HttpServletResponse response) {
        if (me != null) {
            return "redirect:/";
        }
        boolean secondStep = signIn.waitingForCode(request);
        SignIn.StepResult outcome = signIn.withPasskey(passkeys.signedBy(form.getCredential(), request), request, response);
        if (outcome.step() == SignIn.Step.SIGNED_IN) {
            return "redirect:" + outcome.next();
        }
        return secondStep ? "redirect:/sign-in/code?passkeyFailed" : "redirect:/sign-in?passkeyFailed";
    }

    private String page(PersonPrincipal me, HttpServletRequest request, Locale locale, Model model) {
        SecondFactors.Status status = factors.status(me.id());
        model.addAttribute("status", status);
        model.addAttribute("passkeys", passkeys.of(me.id()));
        model.addAttribute("passkeyReady", passkeys.mayAdd(me.id(), request));
        if (!status.app()) {
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
        return messages.getMessage(DiscreetMode.on(request) ? "discreet.name" : "app.name", null, locale);
    }

    @GetMapping("/sign-in/code")
    String codeForm(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request,
            @ModelAttribute("form") TwoStepForm form, Model model) {
        if (me != null) {
            return "redirect:/";
        }
        if (!signIn.waitingForCode(request)) {
            return "redirect:/sign-in";
        }
        return secondStepPage(request, model);
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
                return secondStepPage(request, model);
            default:
                result.rejectValue("code", "twoStep.code.wrongAtSignIn");
                response.setStatus(401);
                return secondStepPage(request, model);
        }
    }

    /** The page asking for the second step, offering a passkey to the person who has one. */
    private String secondStepPage(HttpServletRequest request, Model model) {
        model.addAttribute("hasPasskey", signIn.waitingFor(request).map(passkeys::count).orElse(0) > 0);
        model.addAttribute("hasApp", signIn.waitingFor(request).map(factors::status).map(SecondFactors.Status::app).orElse(false));
        return "account/second-step";
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
