package app.kintsugi.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import app.kintsugi.account.internal.AccountRules;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.LinkTokens;
import app.kintsugi.shared.Validation;

/**
 * A link mailed to a confirmed address that signs in once, instead of the password: nobody is kept
 * out by someone else's wrong guesses, with or without a second step. It never bypasses a second
 * step: with one, the link only stands for the password, and the code is still asked for.
 *
 * <p>Kept like a password reset: the request does the same work and gives the same answer whether or
 * not the address has an account; the links job decides away from the request whether a link goes
 * (only to an address confirmed for mail). Only the link's hash is kept; it works once, for fifteen
 * minutes; opening it shows a button, because mail scanners open links.
 */
@Service
public class SignInLinks {

    private static final Logger log = LoggerFactory.getLogger(SignInLinks.class);

    private final JdbcClient jdbc;
    private final AccountRules rules;
    private final SignIn signIn;
    private final Clock clock;
    private final Duration lifetime;

    SignInLinks(JdbcClient jdbc, AccountRules rules, SignIn signIn, Clock clock,
            @Value("${kintsugi.sign-in.link-lifetime:10m}") Duration lifetime) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.signIn = signIn;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Duration linkLifetime() {
        return lifetime;
    }

    /**
     * Keeps a request for a link. The same work whether or not the address has an account.
     *
     * @throws InvalidInputException for an address that is not one ({@code email})
     */
    public void request(String email, boolean discreet) {
        Validation v = new Validation();
        rules.checkEmail(v, email);
        v.throwIfInvalid();
        long now = clock.millis();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO sign_in_link (id, email, discreet, requested_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(id.toString(), AccountRules.normalizeEmail(email), discreet, now, now + lifetime.toMillis()).update();
        log.info("event=sign_in_link_requested request={}", id);
    }

    /** A request the links job has to decide on. */
    public record LinkToMail(UUID id, String email, boolean discreet) {
    }

    public List<LinkToMail> toMail() {
        return jdbc.sql("SELECT id, email, discreet FROM sign_in_link WHERE mailed_at IS NULL AND email IS NOT NULL ORDER BY requested_at")
                .query((rs, n) -> new LinkToMail(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** True when the person was sent a link within the last two minutes that still works. */
    public boolean sentRecently(PersonId person) {
        long now = clock.millis();
        return jdbc.sql("SELECT MAX(mailed_at) FROM sign_in_link WHERE person_id = ? AND expires_at > ?")
                .params(person.value().toString(), now).query(Long.class).list().stream().filter(Objects::nonNull)
                .anyMatch(at -> now - at < Duration.ofMinutes(2).toMillis());
    }

    /** The link went; only its hash is kept, and the address is forgotten. */
    public void mailed(UUID request, PersonId person, String tokenHash) {
        long now = clock.millis();
        jdbc.sql("UPDATE sign_in_link SET email = NULL, person_id = ?, token_hash = ?, mailed_at = ?, expires_at = ? WHERE id = ?")
                .params(person.value().toString(), tokenHash, now, now + lifetime.toMillis(), request.toString()).update();
        log.info("event=sign_in_link_mailed request={} person={}", request, person);
    }

    /** No link goes for this request: it is forgotten. */
    public void dropped(UUID request) {
        jdbc.sql("DELETE FROM sign_in_link WHERE id = ?").param(request.toString()).update();
        log.info("event=sign_in_link_dropped request={}", request);
    }

    public int forgetExpired() {
        return jdbc.sql("DELETE FROM sign_in_link WHERE expires_at <= ?").param(clock.millis()).update();
    }

    /** True while a link works. */
    public boolean works(String token) {
        return LinkTokens.wellFormed(token) && person(LinkTokens.hash(token)).isPresent();
    }

    /**
     * Uses the link, once: signs this browser in, or, when the person has a second step and this
     * browser is new to the account, goes on to ask for the code. Empty when the link does not work.
     *
     * @return where to go next
     */
    public Optional<String> use(String token, HttpServletRequest request, HttpServletResponse response) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = LinkTokens.hash(token);
        Optional<PersonId> person = person(hash);
        if (person.isEmpty()
                || jdbc.sql("DELETE FROM sign_in_link WHERE token_hash = ? AND expires_at > ?").params(hash, clock.millis()).update() != 1) {
            return Optional.empty();
        }
        if (signIn.needsSecondStep(person.get(), request)) {
            signIn.holdForSecondStep(person.get(), request, response);
            return Optional.of("/sign-in/code");
        }
        log.info("event=signed_in person={} by=mailed_link", person.get());
        return Optional.of(signIn.complete(person.get(), request, response));
    }

    private Optional<PersonId> person(String hash) {
        return jdbc.sql("SELECT person_id FROM sign_in_link WHERE token_hash = ? AND expires_at > ? AND person_id IS NOT NULL")
                .params(hash, clock.millis()).query((rs, n) -> PersonId.of(rs.getString(1))).optional();
    }
}
