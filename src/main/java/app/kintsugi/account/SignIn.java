package app.kintsugi.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import app.kintsugi.platform.BrowserPreferences;

/**
 * Finishing a sign-in: right after registering, after a correct password on a browser that needs no
 * second step, or after the second step. Each gets a fresh session id, remembers the browser and
 * tells the person, once, how many wrong passwords and codes were typed for their account since
 * they last signed in.
 *
 * <p>A correct password on a browser the account has not seen, when the person has a second step,
 * signs nobody in: the session only holds whose code it waits for, for ten minutes.
 */
@Component
@RequiredArgsConstructor
public class SignIn {

    /** The session attribute naming the person whose code a browser waits to type, and since when. */
    static final String PENDING = "kintsugi.secondStep";
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    private static final String FAILURES = "kintsugi.failedAttempts";
    private static final String CONTINUE = "kintsugi.continue";
    private static final Logger log = LoggerFactory.getLogger(SignIn.class);

    private final Accounts accounts;
    private final TrustedDevices devices;
    private final SignInThrottle throttle;
    private final SecondFactors factors;
    private final SignInFailures failures;
    private final Clock clock;
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final RequestCache requests = new HttpSessionRequestCache();

    /**
     * Whole minutes (at least one) this client must wait before registering or asking for a mailed
     * link again; 0 when it may go ahead now.
     */
    public long registrationWaitMinutes(HttpServletRequest request) {
        long seconds = throttle.registrationWait(request.getRemoteAddr());
        return seconds > 0 ? Math.max(1, (seconds + 59) / 60) : 0;
    }

    /** Signs a person in right after registering. */
    public void signIn(PersonId id, HttpServletRequest request, HttpServletResponse response) {
        complete(id, request, response);
        log.info("event=signed_in person={} after=registration", id);
    }

    /** What became of a code typed on the second page. */
    public enum Step { SIGNED_IN, WRONG, WAIT, NOT_WAITING }

    public record StepResult(Step step, long waitSeconds, String next) {
    }

    /** True while this browser waits for a code after a correct password. */
    public boolean waitingForCode(HttpServletRequest request) {
        return pending(request).isPresent();
    }

    /** The second step: a code from the app or a recovery code, for the person whose password was right. */
    public StepResult secondStep(String code, HttpServletRequest request, HttpServletResponse response) {
        Optional<PersonId> person = pending(request);
        if (person.isEmpty()) {
            return new StepResult(Step.NOT_WAITING, 0, "/sign-in");
        }
        SecondFactors.Check check = factors.check(person.get(), code);
        return switch (check.outcome()) {
            case PASSED -> {
                request.getSession().removeAttribute(PENDING);
                String next = complete(person.get(), request, response);
                log.info("event=signed_in person={} second_step=yes", person.get());
                yield new StepResult(Step.SIGNED_IN, 0, next);
            }
            case WAIT -> new StepResult(Step.WAIT, check.waitSeconds(), null);
            case WRONG -> new StepResult(Step.WRONG, 0, null);
        };
    }

    /**
     * Signs in with a passkey that checked out ({@code signer} is its owner, empty when it did not).
     * While a browser waits for a second step, only the passkey of the person whose password was right
     * signs in; otherwise the passkey alone does, as its device checked its owner.
     */
    public StepResult withPasskey(Optional<PersonId> signer, HttpServletRequest request, HttpServletResponse response) {
        Optional<PersonId> waiting = pending(request);
        if (signer.isEmpty() || (waiting.isPresent() && !waiting.equals(signer))) {
            log.info("event=passkey_sign_in_refused second_step={}", waiting.isPresent());
            return new StepResult(Step.WRONG, 0, null);
        }
        if (waiting.isPresent()) {
            request.getSession().removeAttribute(PENDING);
        }
        String next = complete(signer.get(), request, response);
        log.info("event=signed_in person={} with=passkey second_step={}", signer.get(), waiting.isPresent());
        return new StepResult(Step.SIGNED_IN, 0, next);
    }

    /** The person whose second step this browser waits for, if any. */
    public Optional<PersonId> waitingFor(HttpServletRequest request) {
        return pending(request);
    }

    /**
     * After a correct password: true when the person has a second step and this browser is not one
     * they signed in with before. The password's authentication is then taken back; the session only
     * remembers whose code it waits for.
     */
    boolean needsSecondStep(PersonId person, HttpServletRequest request) {
        return factors.active(person) && devices.trustedFor(request, person).isEmpty();
    }

    void holdForSecondStep(PersonId person, HttpServletRequest request, HttpServletResponse response) {
        undo(request, response);
        request.getSession().setAttribute(PENDING, person.value() + "|" + clock.millis());
        log.info("event=second_step_asked person={}", person);
    }

    /** Takes back an authentication that must not stand (a password alone where a code is needed). */
    void undo(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext empty = holder.createEmptyContext();
        holder.clearContext();
        repository.saveContext(empty, request, response);
    }

    /**
     * Signs the person in for good in this browser and answers where to go: the page they first
     * asked for, or home; through the page that tells of failed attempts when there were any.
     */
    String complete(PersonId id, HttpServletRequest request, HttpServletResponse response) {
        Person person = accounts.find(id).orElseThrow();
        PersonPrincipal principal = new PersonPrincipal(id, null, accounts.roleOf(id).orElseThrow());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        repository.saveContext(context, request, response);
        devices.remember(request, response, id);
        SecurityConfiguration.markDevice(request);
        BrowserPreferences.apply(request, response, person.language(), person.theme().name(), person.discreetMode());
        if (accounts.passwordChangeDue(id)) {
            request.getSession().setAttribute(PasswordChangeDueFilter.ATTRIBUTE, Boolean.TRUE);
        }
        return landing(id, request, response);
    }

    /** Where a browser goes after signing in; records the failures to tell first. */
    String landing(PersonId id, HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requests.getRequest(request, response);
        String next = saved == null ? "/" : localPart(saved.getRedirectUrl());
        requests.removeRequest(request, response);
        int failed = failures.take(id);
        if (failed > 0) {
            HttpSession session = request.getSession();
            session.setAttribute(FAILURES, failed);
            session.setAttribute(CONTINUE, next);
            return "/sign-in/attempts";
        }
        return next;
    }

    /** Counts a wrong password typed for this account. */
    void failed(PersonId person) {
        failures.failed(person);
    }

    /** The failed attempts to tell this browser about, once, and where to go on afterwards. */
    public record Attempts(int count, String next) {
    }

    public Optional<Attempts> attemptsToTell(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(FAILURES) instanceof Integer count)) {
            return Optional.empty();
        }
        Object next = session.getAttribute(CONTINUE);
        session.removeAttribute(FAILURES);
        session.removeAttribute(CONTINUE);
        return Optional.of(new Attempts(count, next instanceof String s ? s : "/"));
    }

    /** Only the path and query of a saved address: a sign-in never sends anyone elsewhere. */
    static String localPart(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || !uri.getRawPath().startsWith("/") ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private Optional<PersonId> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof String value)) {
            return Optional.empty();
        }
        int bar = value.indexOf('|');
        long since = Long.parseLong(value.substring(bar + 1));
        if (clock.millis() - since > PENDING_LIFETIME.toMillis()) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(PersonId.of(value.substring(0, bar)));
    }
}
