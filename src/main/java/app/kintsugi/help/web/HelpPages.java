package app.kintsugi.help.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.resources.HelpRegion;
import app.kintsugi.resources.HelpResources;
import app.kintsugi.help.HelpSignals;
import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.platform.FormErrors;
import app.kintsugi.shared.InvalidInputException;

/**
 * The step 5 page and the page for when it feels like too much. Both are for the signed-in person
 * alone: they read only that person's own signals and region, and visiting them stores nothing and
 * tells nobody. Only choosing a region is kept.
 */
@Controller
@RequiredArgsConstructor
class HelpPages {

    private final HelpResources resources;
    private final HelpSignals signals;

    @GetMapping("/help")
    String hub(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String region,
            HttpServletRequest request, Locale locale, Model model) {
        HelpRegion shown = resources.regionFor(me.id(), region, BrowserLocales.of(request));
        model.addAttribute("regionForm", new RegionForm(shown.code()));
        return hub(me, shown, resources.region(region).isPresent(), locale, model);
    }

    @PostMapping("/help/region")
    String chooseRegion(@AuthenticationPrincipal PersonPrincipal me, @ModelAttribute("regionForm") RegionForm form,
            BindingResult result, HttpServletRequest request, Locale locale, Model model) {
        try {
            resources.choose(me.id(), form.getRegion());
            // Post/redirect/get; the anchor brings the person back to the list they were choosing for.
            return "redirect:/help?regionSaved#resources";
        } catch (InvalidInputException e) {
            FormErrors.copy(e, result);
            return hub(me, resources.regionFor(me.id(), null, BrowserLocales.of(request)), false, locale, model);
        }
    }

    @GetMapping("/help/overwhelmed")
    String overwhelmed(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(required = false) String region,
            HttpServletRequest request, Model model) {
        model.addAttribute("region", resources.regionFor(me.id(), region, BrowserLocales.of(request)));
        return "help/overwhelmed";
    }

    /** @param asked whether the region shown was asked for in the address rather than chosen or guessed */
    private String hub(PersonPrincipal me, HelpRegion shown, boolean asked, Locale locale, Model model) {
        boolean chosen = resources.chosen(me.id()).map(c -> c.code().equals(shown.code())).orElse(false);
        model.addAttribute("advice", signals.advice(me.id()));
        model.addAttribute("region", shown);
        model.addAttribute("regions", resources.choices(locale));
        model.addAttribute("regionHint", chosen ? "help.region.chosen" : asked ? "help.region.looking" : "help.region.guessed");
        return "help/hub";
    }
}
