package app.kintsugi.program.web;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;

/**
 * The welcome after registering, or after joining a partner's space: three short screens on what
 * this is and is not, what stays private and how sharing works, the roles and where help is. It can
 * be skipped and read again at any time; nothing is stored about having read it.
 */
@Controller
@RequiredArgsConstructor
class WelcomePages {

    private final Couples couples;

    @GetMapping("/welcome")
    String welcome(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(defaultValue = "1") String step,
            @RequestParam(required = false) String joined, Model model) {
        int page = switch (step) {
            case "2" -> 2;
            case "3" -> 3;
            default -> 1;
        };
        model.addAttribute("step", page);
        model.addAttribute("partnerName", joined == null ? null
                : couples.partnerName(me.id()).orElse(null));
        return "program/welcome";
    }
}
