package app.kintsugi.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.Passwords;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.Sessions;
import app.kintsugi.account.SignIn;
import app.kintsugi.platform.DiscreetMode;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;

/**
 * The door's own settings: changing the password, a new one through a mailed link, and the list of
 * sessions and remembered browsers, each of which can be ended.
 */
@Controller
@RequiredArgsConstructor
class SecurityPages {

    private final Passwords passwords;
    private final Sessions sessions;
    private final SignIn signIn;

    @GetMapping("/settings/password")
    String passwordForm(@ModelAttribute("form") PasswordForm form) {
        return "account/password";
    }

    @PostMapping("/settings/password")
    String changePassword(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("form") PasswordForm form,
            BindingResult result, HttpServletRequest request, HttpServletResponse response) {
        try {
            passwords.change(me.id(), form.getCurrentPassword(), form.getNewPassword(), form.getRepeatPassword(),
                    request, response);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            form.forgetPasswords();
            return "account/password";
        }
        return "redirect:/settings/password?changed";
    }

    @GetMapping("/password/forgot")
    String forgotForm(@ModelAttribute("form") ForgotForm form, @AuthenticationPrincipal PersonPrincipal me) {
        return "account/forgot";
    }

    /**
     * The same answer, the same status and the same work whether or not the address has an account;
     * the links job decides later whether a link goes.
     */
    @PostMapping("/password/forgot")
    String forgot(@ModelAttribute("form") ForgotForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        long wait = signIn.registrationWaitMinutes(request);
        if (wait > 0) {
            model.addAttribute("forgotWait", wait);
            response.setStatus(429);
            return "account/forgot";
        }
        try {
            passwords.requestReset(form.getEmail(), DiscreetMode.on(request));
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return "account/forgot";
        }
        model.addAttribute("minutes", passwords.linkLifetime().toMinutes());
        return "account/mail-sent";
    }

    /** The link in the mail shows a form; only sending it uses the link (mail scanners open links). */
    @GetMapping("/password/reset/{token}")
    String resetForm(@PathVariable String token, @ModelAttribute("form") PasswordForm form, Model model) {
        if (!passwords.resetLinkWorks(token)) {
            throw new NotFoundException();
        }
        model.addAttribute("token", token);
        return "account/reset";
    }

    @PostMapping("/password/reset/{token}")
    String reset(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult result,
            HttpServletRequest request, Model model) {
        try {
            passwords.reset(token, form.getNewPassword(), form.getRepeatPassword()).orElseThrow(NotFoundException::new);
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            form.forgetPasswords();
            model.addAttribute("token", token);
            return "account/reset";
        }
        // Whoever was signed in in this browser is signed out too: every session of the account ended.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/sign-in?reset";
    }

    @GetMapping("/settings/sessions")
    String sessionList(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request, Model model) {
        model.addAttribute("overview", sessions.of(me.id(), request));
        sessions.seen(me.id());
        return "account/sessions";
    }

    @PostMapping("/settings/sessions/{handle}/end")
    String endSession(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String handle, HttpServletRequest request) {
        if (handle.equals(Sessions.currentId(request))) {
            // Ending the session one is using is signing out.
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/sign-in?signedOut";
        }
        sessions.end(me.id(), handle);
        return "redirect:/settings/sessions?ended";
    }

    @PostMapping("/settings/devices/{handle}/forget")
    String forgetDevice(@AuthenticationPrincipal PersonPrincipal me, @PathVariable String handle) {
        sessions.forget(me.id(), handle);
        return "redirect:/settings/sessions?forgotten";
    }

    @PostMapping("/settings/sessions/others/end")
    String endOthers(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        sessions.endOthers(me.id(), request);
        return "redirect:/settings/sessions?othersEnded";
    }

    /** "That was me" on Today: the new sign-in is known; "let me look" opens the list. */
    @PostMapping("/settings/sessions/seen")
    String seen(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(name = "answer", defaultValue = "me") String answer) {
        if ("look".equals(answer)) {
            return "redirect:/settings/sessions";
        }
        sessions.seen(me.id());
        return "redirect:/";
    }
}
