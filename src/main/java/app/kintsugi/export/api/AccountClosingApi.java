package app.kintsugi.export.api;

import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.export.AccountDeletions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/account/closing")
@Tag(name = "Closing my account", description = "Closing my account after a grace period, with my password typed again, and "
        + "keeping it after all until that day. Asking revokes every token at once, this one too: keeping the account then "
        + "takes a new token, or the page in Settings.")
@RequiredArgsConstructor
class AccountClosingApi {

    private final AccountDeletions deletions;

    record ClosingBody(String password) {
    }

    /** {@code dueAt}: when my account will be closed, or null when I have not asked; {@code graceDays}: the time to change my mind. */
    record AccountClosing(Instant dueAt, long graceDays) {
    }

    @GetMapping
    @Operation(summary = "Whether I asked for my account to be closed, and when it happens")
    AccountClosing state(@AuthenticationPrincipal PersonPrincipal me) {
        return new AccountClosing(deletions.dueAt(me.id()).orElse(null), deletions.grace().toDays());
    }

    @PostMapping
    @Operation(summary = "Ask for my account to be closed after the grace period; my password typed again",
            description = "Asked already, the first date stands. Every token is revoked at once, this one included.")
    ResponseEntity<AccountClosing> request(@AuthenticationPrincipal PersonPrincipal me, @RequestBody ClosingBody body) {
        Instant due = deletions.request(me.id(), body.password());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new AccountClosing(due, deletions.grace().toDays()));
    }

    @DeleteMapping
    @Operation(summary = "Keep my account after all: the request is gone, nothing else changed")
    AccountClosing keep(@AuthenticationPrincipal PersonPrincipal me) {
        deletions.cancel(me.id());
        return new AccountClosing(null, deletions.grace().toDays());
    }
}
