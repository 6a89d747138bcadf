package app.kintsugi.export.web;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.export.AccountDeletions;
import app.kintsugi.shared.InvalidInputException;

/**
 * Closing one's account: what it does, the password again, and then the date it happens, with a
 * way to keep the account until that day. The password is never put back into the page.
 */
@Controller
@RequestMapping("/settings/delete")
@RequiredArgsConstructor
class DeletionPages {

    private final AccountDeletions deletions;

    @GetMapping
    String page(@AuthenticationPrincipal PersonPrincipal me, Model model) {
        model.addAttribute("graceDays", deletions.grace().toDays());
        model.addAttribute("dueAt", deletions.dueAt(me.id()).orElse(null));
        return "export/delete";
    }

    @PostMapping
    String request(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String password, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        try {
            deletions.request(me.id(), password);
        } catch (InvalidInputException e) {
            var error = e.errors().get("password");
            model.addAttribute("passwordError", error.code());
            model.addAttribute("waitSeconds", error.args().length > 0 ? error.args()[0] : 0L);
            model.addAttribute("graceDays", deletions.grace().toDays());
            return "export/delete";
        }
        // A new session id after the password was typed again, as after signing in.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return "redirect:/settings/delete?requested";
    }

    @PostMapping("/keep")
    String keep(@AuthenticationPrincipal PersonPrincipal me) {
        deletions.cancel(me.id());
        return "redirect:/settings?kept";
    }
}
