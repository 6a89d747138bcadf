package app.kintsugi.help.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.help.HelpRegion;
import app.kintsugi.help.HelpResources;

/**
 * Gives the safety pages (the safety resources, and the result of a concerning safety check) the
 * crisis resources of the reader's region: their choice, or {@code ?region=} when not signed in.
 * It is done from here because the safety module cannot depend on this one: seeking help reads the
 * check-in signals, and those read the safety check. The safety templates show the list only when
 * it is there.
 */
@ControllerAdvice(basePackages = "app.kintsugi.safety.web")
class SafetyPagesAdvice {

    private final HelpResources resources;

    SafetyPagesAdvice(HelpResources resources) {
        this.resources = resources;
    }

    @ModelAttribute("helpRegion")
    HelpRegion region(@AuthenticationPrincipal PersonPrincipal me, @RequestParam(name = "region", required = false) String region,
            HttpServletRequest request) {
        return resources.regionFor(me == null ? null : me.id(), region, BrowserLocales.of(request));
    }

    @ModelAttribute("helpRegions")
    List<HelpRegion> regions(Locale locale) {
        return resources.choices(locale);
    }
}
