package app.kintsugi.export.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.export.AccountDeletions;
import app.kintsugi.platform.ApiRequests;

/** While an account waits to be closed, every page says when, with the way to keep it. */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class ClosingBanner {

    private final AccountDeletions deletions;

    @ModelAttribute("closingOn")
    Instant closingOn(@AuthenticationPrincipal PersonPrincipal principal, HttpServletRequest request) {
        return principal == null || ApiRequests.is(request) ? null : deletions.dueAt(principal.id()).orElse(null);
    }
}
