package app.kintsugi.account.web;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.platform.ApiRequests;

/** Gives every page's layout the signed-in person (for the greeting and the navigation). */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class LayoutAdvice {

    private final Accounts accounts;

    /** The kind of account, so the navigation offers only what this account can open. */
    @ModelAttribute("accountRole")
    String accountRole(@AuthenticationPrincipal PersonPrincipal principal) {
        return principal == null ? null : principal.role().name();
    }

    @ModelAttribute("me")
    Person me(@AuthenticationPrincipal PersonPrincipal principal, HttpServletRequest request) {
        return principal == null || ApiRequests.is(request) ? null : accounts.find(principal.id()).orElse(null);
    }
}
