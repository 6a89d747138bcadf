package app.kintsugi.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import app.kintsugi.account.internal.AccountRules;
import app.kintsugi.account.internal.ApiTokenRepository;
import app.kintsugi.account.internal.PasswordResetRepository;
import app.kintsugi.account.internal.PersonRepository;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.LinkTokens;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Validation;

/**
 * Changing a password, and a new one through a link mailed to a confirmed address.
 *
 * <p>A change needs the current password and ends every other session and remembered browser, so a
 * partner who knew the old password is out by their next click. A reset ends all of them. Asking for
 * a reset does the same work and gives the same answer whether or not the address has an account:
 * the request is kept, and the links job decides away from the request whether a link goes (only to
 * an address confirmed for mail). Only the link's hash is kept; it works once, for an hour.
 *
 * <p>Nothing here runs in one database transaction with the session store: Spring Session writes in
 * transactions of its own, and on SQLite a second writer inside a first one would wait for itself.
 * The password is saved first, then the sessions end.
 */
@Service
public class Passwords {

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);

    private final PersonRepository people;
    private final PasswordResetRepository resets;
    private final AccountRules rules;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final TrustedDevices devices;
    private final Sessions sessions;
    private final Clock clock;
    private final Duration lifetime;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ApiTokenRepository tokens;

    Passwords(PersonRepository people, PasswordResetRepository resets, AccountRules rules, PasswordEncoder passwords,
            SignInThrottle throttle, TrustedDevices devices, Sessions sessions, Clock clock,
            @Value("${kintsugi.password.reset-link-lifetime:1h}") Duration lifetime,
            org.springframework.context.ApplicationEventPublisher events, ApiTokenRepository tokens) {
        this.events = events;
        this.tokens = tokens;
        this.people = people;
        this.resets = resets;
        this.rules = rules;
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
        this.sessions = sessions;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** How long a mailed link works. */
    public Duration linkLifetime() {
        return lifetime;
    }

    /**
     * Changes the person's password. Wrong guesses at the current one count as failed sign-ins (from
     * this browser), so a session left open is no way around the throttle. Afterwards every other
     * session ends, every remembered browser is forgotten (this one gets a new token) and this
     * session gets a new id.
     *
     * @throws InvalidInputException naming {@code currentPassword}, {@code newPassword} or {@code repeatPassword}
     */
    public void change(PersonId person, String current, String next, String repeated, HttpServletRequest request,
            HttpServletResponse response) {
        PersonRepository.Row row = people.findById(person).orElseThrow(NotFoundException::new);
        Validation v = new Validation();
        rules.checkPassword(v, "newPassword", next, row.person().email());
        rules.checkRepeated(v, "repeatPassword", next, repeated);
        SignInThrottle.Begin begin = throttle.begin(row.person().email(), request.getRemoteAddr(),
                devices.trustedFor(request, person).orElse(null));
        if (!begin.allowed()) {
            log.info("event=password_change_throttled person={} wait_seconds={}", person, begin.waitSeconds());
            throw InvalidInputException.of("currentPassword", "password.change.wait", Math.max(1, begin.waitSeconds()));
        }
        if (current == null || current.isEmpty() || !passwords.matches(current, row.passwordHash())) {
            // The attempt's token stays spent, as after a failed sign-in.
            v.reject("currentPassword", "password.current.wrong");
            log.info("event=password_change_refused person={} reason=current_password", person);
        } else {
            throttle.succeeded(begin.attempt());
        }
        v.throwIfInvalid();
        people.updatePassword(person, passwords.encode(next));
        resets.deleteFor(person);
        int ended = sessions.endAllBut(person, Sessions.currentId(request));
        // A token made with the old password could be in the hands the new one keeps out.
        int revoked = tokens.deleteAll(person);
        devices.forgetAllBut(person, null);
        devices.remember(request, response, person);
        devices.seen(person);
        request.changeSessionId();
        request.getSession().removeAttribute(PasswordChangeDueFilter.ATTRIBUTE);
        log.info("event=password_changed person={} other_sessions_ended={} api_tokens_revoked={}", person, ended, revoked);
    }

    /**
     * Asks for the current password again before a change to how the account signs in. Wrong guesses
     * count as failed sign-ins from this browser, as for a password change.
     *
     * @throws InvalidInputException naming {@code currentPassword} when it is wrong or must wait
     */
    void reauthenticate(PersonId person, String current, HttpServletRequest request) {
        PersonRepository.Row row = people.findById(person).orElseThrow(NotFoundException::new);
        SignInThrottle.Begin begin = throttle.begin(row.person().email(), request.getRemoteAddr(),
                devices.trustedFor(request, person).orElse(null));
        if (!begin.allowed()) {
            log.info("event=reauthentication_throttled person={} wait_seconds={}", person, begin.waitSeconds());
            throw InvalidInputException.of("currentPassword", "password.change.wait", Math.max(1, begin.waitSeconds()));
        }
        if (current == null || current.isEmpty() || !passwords.matches(current, row.passwordHash())) {
            log.info("event=reauthentication_refused person={}", person);
            throw InvalidInputException.of("currentPassword", "password.current.wrong");
        }
        throttle.succeeded(begin.attempt());
        // A new session id after authenticating again, as after signing in (ASVS 7.2.4).
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /**
     * Keeps a request for a reset link. The same work whether or not the address has an account.
     *
     * @throws InvalidInputException for an address that is not one ({@code email})
     */
    public void requestReset(String email, boolean discreet) {
        Validation v = new Validation();
        rules.checkEmail(v, email);
        v.throwIfInvalid();
        long now = clock.millis();
        UUID id = UUID.randomUUID();
        // The row expires with the link it may become; until the job decides it has none.
        resets.insert(id, AccountRules.normalizeEmail(email), discreet, now, now + lifetime.toMillis());
        log.info("event=password_reset_requested request={}", id);
    }

    /** A reset request the links job has to decide on. */
    public record ResetToMail(UUID id, String email, boolean discreet) {
    }

    public List<ResetToMail> resetsToMail() {
        return resets.undecided().stream().map(r -> new ResetToMail(r.id(), r.email(), r.discreet())).toList();
    }

    /**
     * True when the person was sent a link within the last two minutes that still works: asking again
     * and again does not fill their inbox.
     */
    public boolean linkSentRecently(PersonId person) {
        long now = clock.millis();
        return resets.lastMailedTo(person, now).filter(at -> now - at < Duration.ofMinutes(2).toMillis()).isPresent();
    }

    /** The link went to the person; only its hash is kept, and the address is forgotten. */
    public void resetMailed(UUID request, PersonId person, String tokenHash) {
        long now = clock.millis();
        resets.mailed(request, person, tokenHash, now, now + lifetime.toMillis());
        log.info("event=password_reset_mailed request={} person={}", request, person);
    }

    /** No link goes for this request (no account, or an address not confirmed): it is forgotten. */
    public void resetDropped(UUID request) {
        resets.delete(request);
        log.info("event=password_reset_dropped request={}", request);
    }

    /** Links that expired are forgotten. */
    public int forgetExpiredResets() {
        return resets.deleteExpired(clock.millis());
    }

    /** True while a reset link works. */
    public boolean resetLinkWorks(String token) {
        return LinkTokens.wellFormed(token) && resets.personFor(LinkTokens.hash(token), clock.millis()).isPresent();
    }

    /**
     * Sets the new password of the link's account, once; then every session of the person ends and
     * every remembered browser is forgotten. Empty when the link does not work (any more).
     *
     * @throws InvalidInputException naming {@code newPassword} or {@code repeatPassword}
     */
    public Optional<PersonId> reset(String token, String next, String repeated) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = LinkTokens.hash(token);
        long now = clock.millis();
        Optional<PersonRepository.Row> row = resets.personFor(hash, now).flatMap(people::findById);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        PersonId person = row.get().person().id();
        Validation v = new Validation();
        rules.checkPassword(v, "newPassword", next, row.get().person().email());
        rules.checkRepeated(v, "repeatPassword", next, repeated);
        v.throwIfInvalid();
        if (!resets.use(hash, now)) {
            return Optional.empty();
        }
        people.updatePassword(person, passwords.encode(next));
        resets.deleteFor(person);
        int ended = sessions.endAllBut(person, null);
        int revoked = tokens.deleteAll(person);
        devices.forgetAllBut(person, null);
        log.info("event=password_reset person={} sessions_ended={} api_tokens_revoked={}", person, ended, revoked);
        events.publishEvent(new PasswordResetByMail(person));
        return Optional.of(person);
    }
}
