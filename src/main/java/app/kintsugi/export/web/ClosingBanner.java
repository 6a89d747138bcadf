package app.kintsugi.export.web;

import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.export.AccountDeletions;

/** While an account waits to be closed, every page says when, with the way to keep it. */
@ControllerAdvice
class ClosingBanner {

    private final AccountDeletions deletions;

    ClosingBanner(AccountDeletions deletions) {
        this.deletions = deletions;
    }

    @ModelAttribute("closingOn")
    Instant closingOn(@AuthenticationPrincipal PersonPrincipal principal) {
        return principal == null ? null : deletions.dueAt(principal.id()).orElse(null);
    }
}
