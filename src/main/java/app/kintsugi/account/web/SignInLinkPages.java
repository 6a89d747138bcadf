package app.kintsugi.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.SignIn;
import app.kintsugi.account.SignInLinks;
import app.kintsugi.platform.DiscreetMode;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;

/** "Email me a link to sign in": asked for without the password, used once from the mail. */
@Controller
@RequiredArgsConstructor
class SignInLinkPages {

    private final SignInLinks links;
    private final SignIn signIn;

    @GetMapping("/sign-in/mail")
    String form(@ModelAttribute("form") ForgotForm form, @AuthenticationPrincipal PersonPrincipal me) {
        return me != null ? "redirect:/" : "account/sign-in-mail";
    }

    /** The same answer, status and work whether or not the address has an account. */
    @PostMapping("/sign-in/mail")
    String request(@ModelAttribute("form") ForgotForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        long wait = signIn.registrationWaitMinutes(request);
        if (wait > 0) {
            model.addAttribute("forgotWait", wait);
            response.setStatus(429);
            return "account/sign-in-mail";
        }
        try {
            links.request(form.getEmail(), DiscreetMode.on(request));
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "account/sign-in-mail";
        }
        model.addAttribute("minutes", links.linkLifetime().toMinutes());
        return "account/mail-sent";
    }

    /** The link in the mail shows a button; only pressing it uses the link (mail scanners open links). */
    @GetMapping("/sign-in/link/{token}")
    String confirm(@PathVariable String token, Model model) {
        if (!links.works(token)) {
            throw new NotFoundException();
        }
        model.addAttribute("token", token);
        return "account/sign-in-link";
    }

    @PostMapping("/sign-in/link/{token}")
    String use(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        return "redirect:" + links.use(token, request, response).orElseThrow(NotFoundException::new);
    }
}
