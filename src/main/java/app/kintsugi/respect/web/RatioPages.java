package app.kintsugi.respect.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.respect.RatioPage;
import app.kintsugi.respect.RespectRatio;
import app.kintsugi.shared.InvalidInputException;

/** The ratio page, and "Share our ratio". */
@Controller
@RequestMapping("/respect/ratio")
@RequiredArgsConstructor
class RatioPages {

    private final RespectRatio ratio;
    private final MessageSource messages;

    @GetMapping
    String page(@AuthenticationPrincipal PersonPrincipal me, Model model, Locale locale) {
        RatioPage page = ratio.page(me.id());
        model.addAttribute("ratio", page);
        model.addAttribute("mineChart", RatioChart.of(page.mine()).svg("mine", messages, locale));
        if (page.bothShare()) {
            model.addAttribute("togetherChart", RatioChart.of(page.together().weeks()).svg("together", messages, locale));
        }
        model.addAttribute("weeks", RespectRatio.WEEKS);
        return "respect/ratio";
    }

    @PostMapping("/sharing")
    String sharing(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(defaultValue = "false") String shared) {
        boolean share = "true".equals(shared.strip());
        try {
            ratio.setSharing(me.id(), share);
        } catch (InvalidInputException e) {
            return "redirect:/respect/ratio?noPartner";
        }
        return "redirect:/respect/ratio?" + (share ? "shareOn" : "shareOff") + "#sharing";
    }
}
