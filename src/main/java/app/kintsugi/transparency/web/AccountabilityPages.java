package app.kintsugi.transparency.web;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.couple.Couples;
import app.kintsugi.transparency.AccountabilityTimeline;

/** The accountability timeline, newest first, one page at a time. */
@Controller
@RequiredArgsConstructor
class AccountabilityPages {

    private final AccountabilityTimeline timeline;
    private final Couples couples;

    @GetMapping("/accountability")
    String page(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(defaultValue = "1") String page, Model model) {
        int number;
        try {
            number = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        model.addAttribute("timeline", timeline.page(me.id(), number));
        model.addAttribute("space", couples.current(me.id()).orElse(null));
        return "transparency/accountability";
    }
}
