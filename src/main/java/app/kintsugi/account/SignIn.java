package app.kintsugi.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import app.kintsugi.platform.BrowserPreferences;

/** Signs a person in right after registering, with a fresh session id as at every sign-in. */
@Component
public class SignIn {

    private static final Logger log = LoggerFactory.getLogger(SignIn.class);

    private final Accounts accounts;
    private final TrustedDevices devices;
    private final SignInThrottle throttle;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignIn(Accounts accounts, TrustedDevices devices, SignInThrottle throttle) {
        this.accounts = accounts;
        this.devices = devices;
        this.throttle = throttle;
    }

    /** Seconds this client must wait before registering again; 0 when it may go ahead now. */
    public long registrationWait(HttpServletRequest request) {
        return throttle.registrationWait(request.getRemoteAddr());
    }

    public void signIn(PersonId id, HttpServletRequest request, HttpServletResponse response) {
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
        log.info("event=signed_in person={} after=registration", id);
    }
}
