package app.kintsugi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.internal.ApiTokenRepository;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.LinkTokens;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Personal tokens for the JSON API, so that a phone app or a script of one's own can act for the
 * person. Each is shown once when made and stored only as a hash; it has a name its owner chose, the
 * scopes read or read-and-change, and an end date at most a year away. Its owner sees when each was
 * last used and revokes any; a new password (changed or reset) revokes them all, and closing the
 * account deletes them with it.
 */
@Service
@RequiredArgsConstructor
public class ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    /** Every token starts so, which lets a person (or a scanner of leaked secrets) recognise one. */
    public static final String PREFIX = "kt_";
    public static final int MAX_NAME = 60;
    public static final int MAX_TOKENS = 20;
    /** The lifetimes offered, in days; the form's default first. */
    public static final List<Integer> LIFETIMES = List.of(90, 7, 30, 365);
    /** "Last used" is written at most this often, so reading through the API does not mean a write each time. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository repository;
    private final SecretSealing sealing;
    private final Clock clock;
    private final Passwords passwords;

    /** A token just made: its secret is in this answer and nowhere else, ever. */
    public record Created(ApiToken token, String secret) {
    }

    /** The person a valid token acts for, with what it may do. */
    public record Holder(UUID tokenId, PersonPrincipal principal, Set<ApiScope> scopes) {

        public List<GrantedAuthority> authorities() {
            List<GrantedAuthority> all = new java.util.ArrayList<>(principal.getAuthorities());
            scopes.forEach(s -> all.add(new SimpleGrantedAuthority(s.authority())));
            return all;
        }
    }

    /**
     * Makes a token after the current password is typed again: a token outlives the session, so whoever
     * finds a signed-in browser must not be able to leave with one.
     *
     * @throws InvalidInputException naming {@code name}, {@code scopes}, {@code days} or {@code currentPassword}
     */
    @Transactional
    public Created create(PersonId person, String currentPassword, jakarta.servlet.http.HttpServletRequest request, String name,
            Set<ApiScope> scopes, Integer days) {
        Validation v = check(person, name, scopes, days);
        try {
            passwords.reauthenticate(person, currentPassword, request);
        } catch (InvalidInputException wrong) {
            wrong.errors().forEach((field, error) -> v.reject(field, error.code(), error.args()));
        }
        v.throwIfInvalid();
        return insert(person, name, scopes, days);
    }

    /** Makes a token without asking for the password: for the operator's command line and tests. */
    @Transactional
    public Created create(PersonId person, String name, Set<ApiScope> scopes, Integer days) {
        check(person, name, scopes, days).throwIfInvalid();
        return insert(person, name, scopes, days);
    }

    private Validation check(PersonId person, String name, Set<ApiScope> scopes, Integer days) {
        String clean = Texts.clean(name);
        Validation v = new Validation().requiredText("name", clean, MAX_NAME, "token.name.required");
        if (scopes == null || scopes.isEmpty()) {
            v.reject("scopes", "token.scopes.required");
        }
        if (days == null || !LIFETIMES.contains(days)) {
            v.reject("days", "token.days.invalid");
        }
        if (repository.count(person) >= MAX_TOKENS) {
            v.reject("name", "token.tooMany", MAX_TOKENS);
        }
        return v;
    }

    private Created insert(PersonId person, String name, Set<ApiScope> scopes, Integer days) {
        String clean = Texts.clean(name);
        Set<ApiScope> granted = EnumSet.copyOf(scopes);
        granted.add(ApiScope.READ);
        UUID id = UUID.randomUUID();
        String secret = PREFIX + LinkTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        repository.insert(id, person, sealing.seal(person, SecretSealing.API_TOKEN_NAME_KIND, id, clean), LinkTokens.hash(secret),
                encode(granted), now.toEpochMilli(), expires.toEpochMilli());
        log.info("event=api_token_created person={} token={} scopes={} days={}", person, id, encode(granted), days);
        return new Created(new ApiToken(id, clean, granted, now, expires, null), secret);
    }

    public List<ApiToken> of(PersonId person) {
        return repository.of(person).stream()
                .map(r -> new ApiToken(r.id(), sealing.open(person, SecretSealing.API_TOKEN_NAME_KIND, r.id(), r.name()),
                        decode(r.scopes()), Instant.ofEpochMilli(r.createdAt()), Instant.ofEpochMilli(r.expiresAt()),
                        r.lastUsedAt() == null ? null : Instant.ofEpochMilli(r.lastUsedAt())))
                .toList();
    }

    @Transactional
    public void revoke(PersonId person, UUID id) {
        if (!repository.delete(person, id)) {
            throw new NotFoundException();
        }
        log.info("event=api_token_revoked person={} token={}", person, id);
    }

    /** Every token of the person stops working: after a new password, or when they ask. */
    @Transactional
    public int revokeAll(PersonId person) {
        int gone = repository.deleteAll(person);
        if (gone > 0) {
            log.info("event=api_tokens_revoked person={} count={}", person, gone);
        }
        return gone;
    }

    /**
     * The holder of a token sent with a request, if it is a token that works: well formed, known,
     * not past its end date, of an account that still exists. Records its use at most once a minute.
     */
    @Transactional
    public Optional<Holder> holderOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || !LinkTokens.wellFormed(secret.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        long now = clock.millis();
        return repository.byHash(LinkTokens.hash(secret))
                .filter(h -> now < h.expiresAt())
                .map(h -> {
                    if (h.lastUsedAt() == null || now - h.lastUsedAt() >= USE_RECORDED_EVERY.toMillis()) {
                        repository.used(h.id(), now);
                    }
                    return new Holder(h.id(), new PersonPrincipal(h.person(), null, h.role()), decode(h.scopes()));
                });
    }

    static String encode(Set<ApiScope> scopes) {
        return String.join(" ", scopes.stream().sorted().map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
    }

    static Set<ApiScope> decode(String scopes) {
        Set<ApiScope> out = EnumSet.noneOf(ApiScope.class);
        for (String s : scopes.split(" ")) {
            if (!s.isBlank()) {
                out.add(ApiScope.valueOf(s.toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }
}
