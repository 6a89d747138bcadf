package app.kintsugi.account.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiToken;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.Settings;
import app.kintsugi.account.Theme;
import app.kintsugi.platform.api.EntityTags;
import app.kintsugi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Account", description = "Who the token acts for, their settings and their tokens. Tokens are made in Settings.")
@RequiredArgsConstructor
class AccountApi {

    private final Accounts accounts;
    private final ApiTokens tokens;

    record Account(UUID id, String name, String email, AccountRole role, String language, Theme theme, boolean discreetMode,
            String timeZone, long version) {
    }

    record AccountSettingsBody(String name, String language, Theme theme, boolean discreetMode, String timeZone) {
    }

    record PersonalToken(UUID id, String name, Set<ApiScope> scopes, Instant createdAt, Instant expiresAt, Instant lastUsedAt, String href) {

        static PersonalToken of(ApiToken t) {
            return new PersonalToken(t.id(), t.name(), t.scopes(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), "/api/v1/tokens/" + t.id());
        }
    }

    @GetMapping("/me")
    @Operation(summary = "The account this token acts for")
    ResponseEntity<Account> me(@AuthenticationPrincipal PersonPrincipal me) {
        Person p = accounts.find(me.id()).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok().eTag(EntityTags.of(p.version())).body(of(p, me.role()));
    }

    @PutMapping("/me")
    @Operation(summary = "Change my settings", description = "Name, language (en, es or empty for the browser's), theme, "
            + "discreet mode and time zone. Send the ETag read as If-Match.")
    ResponseEntity<Account> settings(@AuthenticationPrincipal PersonPrincipal me,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody AccountSettingsBody body) {
        long expected = EntityTags.expected(ifMatch);
        Person p = accounts.updateSettings(me.id(), new Settings(body.name() == null ? "" : body.name(), body.language(),
                body.theme(), body.discreetMode(), body.timeZone(), expected));
        return ResponseEntity.ok().eTag(EntityTags.of(p.version())).body(of(p, me.role()));
    }

    @GetMapping("/tokens")
    @Operation(summary = "My personal tokens (never the tokens themselves)")
    List<PersonalToken> tokens(@AuthenticationPrincipal PersonPrincipal me) {
        return tokens.of(me.id()).stream().map(PersonalToken::of).toList();
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of my tokens (this one too)")
    void revoke(@AuthenticationPrincipal PersonPrincipal me, @PathVariable UUID id) {
        tokens.revoke(me.id(), id);
    }

    private static Account of(Person p, AccountRole role) {
        return new Account(p.id().value(), p.displayName(), p.email(), role, p.language(), p.theme(), p.discreetMode(),
                p.timeZone().getId(), p.version());
    }
}
