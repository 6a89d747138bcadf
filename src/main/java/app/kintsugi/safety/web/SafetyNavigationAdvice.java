package app.kintsugi.safety.web;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.kintsugi.account.AccountRole;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.ApiRequests;
import app.kintsugi.safety.SafetyChecks;

/**
 * Tells the layout whether the person has answered the safety check: until then it has a place in
 * the navigation; afterwards it is reached from settings and the footer, so the daily places stay
 * one tap away on a phone.
 */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class SafetyNavigationAdvice {

    private final SafetyChecks safety;

    @ModelAttribute("safetyCheckTaken")
    Boolean safetyCheckTaken(@AuthenticationPrincipal PersonPrincipal principal, HttpServletRequest request) {
        if (principal == null || ApiRequests.is(request) || principal.role() != AccountRole.PERSON) {
            return Boolean.TRUE;
        }
        return safety.taken(principal.id());
    }
}
