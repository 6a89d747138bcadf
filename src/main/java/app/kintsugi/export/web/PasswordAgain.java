package app.kintsugi.export.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

import app.kintsugi.account.PersonId;
import app.kintsugi.export.PasswordCheck;

/**
 * The password typed again before something that matters (a download of everything, closing the
 * account). A missing, wrong or too hurried one is told next to the field ({@code fragments ::
 * passwordAgain} reads {@code passwordError} and {@code waitSeconds}); a right one gives the session a
 * new id, as signing in does.
 */
final class PasswordAgain {

    private PasswordAgain() {
    }

    /** Whether the password is right; when it is not, the model says why. */
    static boolean accepted(PasswordCheck passwords, PersonId person, String password, Model model, HttpServletRequest request) {
        PasswordCheck.Result result = passwords.check(person, password);
        if (!result.ok()) {
            model.addAttribute("passwordError", result.mustWait() ? "export.password.wait"
                    : password == null || password.isEmpty() ? "export.password.required" : "export.password.wrong");
            model.addAttribute("waitSeconds", result.waitSeconds());
            return false;
        }
        // A new session id after the password was typed again, as after signing in.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return true;
    }
}
