package app.kintsugi.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import app.kintsugi.shared.NotFoundException;

/**
 * A person's sessions (browsers signed in now) and remembered browsers, to see and to end. The
 * partner is the likeliest one to have signed in somewhere with a known password; this is where the
 * person finds out and shuts the door. Only the person's own sessions are ever listed or ended: an id
 * of anyone else's answers as if it did not exist.
 */
@Service
@RequiredArgsConstructor
public class Sessions {

    /** The session attribute holding the {@link Device#code()} of the browser that signed in. */
    static final String DEVICE = "device";
    private static final Logger log = LoggerFactory.getLogger(Sessions.class);

    /** Absent where no web server runs (the command line): there are no sessions to list or end there. */
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> stores;
    private final TrustedDevices devices;

    /** A browser signed in now. {@code handle} is the stored id (a hash), which cannot sign anyone in. */
    public record SignedIn(String handle, Instant since, Instant lastActive, Device device, boolean current) {
    }

    /** A remembered browser: it may sign in without waiting after someone else's wrong guesses. */
    public record Remembered(String handle, Instant firstSignIn, Instant lastSignIn, Device device, boolean current) {
    }

    public record Overview(List<SignedIn> sessions, List<Remembered> devices) {
    }

    /** The person's sessions and remembered browsers, the ones of this request marked. */
    public Overview of(PersonId person, HttpServletRequest request) {
        String current = currentId(request);
        String currentDevice = devices.trustedFor(request, person).orElse(null);
        List<SignedIn> sessions = live(person).entrySet().stream()
                .map(e -> new SignedIn(e.getKey(), e.getValue().getCreationTime(), e.getValue().getLastAccessedTime(),
                        Device.ofCode(e.getValue().getAttribute(DEVICE)), e.getKey().equals(current)))
                .sorted(Comparator.comparing(SignedIn::current).reversed().thenComparing(SignedIn::lastActive, Comparator.reverseOrder()))
                .toList();
        List<Remembered> remembered = devices.of(person).stream()
                .map(d -> new Remembered(d.handle(), Instant.ofEpochMilli(d.createdAt()), Instant.ofEpochMilli(d.lastUsed()),
                        d.device(), d.handle().equals(currentDevice)))
                .sorted(Comparator.comparing(Remembered::current).reversed())
                .toList();
        return new Overview(sessions, remembered);
    }

    /** Ends one of the person's sessions; anyone else's, or one that does not exist, is not found. */
    public void end(PersonId person, String handle) {
        if (handle == null || !live(person).containsKey(handle)) {
            throw new NotFoundException();
        }
        stores.getObject().deleteById(handle);
        log.info("event=session_ended person={} by=owner", person);
    }

    /** Forgets one of the person's remembered browsers; anyone else's is not found. */
    public void forget(PersonId person, String handle) {
        if (handle == null || !devices.forget(person, handle)) {
            throw new NotFoundException();
        }
        log.info("event=device_forgotten person={}", person);
    }

    /** Ends every session of the person but this request's, and forgets every other remembered browser. */
    public void endOthers(PersonId person, HttpServletRequest request) {
        int ended = endAllBut(person, currentId(request));
        int forgotten = devices.forgetAllBut(person, devices.trustedFor(request, person).orElse(null));
        log.info("event=sessions_ended person={} sessions={} devices={} by=owner", person, ended, forgotten);
    }

    /** Ends every session of the person but {@code keep} (a stored id, or null for all of them). */
    int endAllBut(PersonId person, String keep) {
        int ended = 0;
        for (String id : live(person).keySet()) {
            if (!id.equals(keep)) {
                stores.getObject().deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    /** The families of the browsers first signed in with since the person last looked at this list. */
    public List<Device> newSignInsSinceLastLook(PersonId person) {
        return devices.newSinceLastLook(person).stream().map(TrustedDevices.Row::device).toList();
    }

    /** The person has looked at their sessions: what was new is not new any more. */
    public void seen(PersonId person) {
        devices.seen(person);
    }

    /** The stored id of this request's session, if it has one. */
    public static String currentId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    private Map<String, ? extends Session> live(PersonId person) {
        // Expiry is the store's own, on its own clock, as when it decides whether a session still works.
        FindByIndexNameSessionRepository<? extends Session> store = stores.getIfAvailable();
        if (store == null) {
            return Map.of();
        }
        Map<String, ? extends Session> found = store.findByPrincipalName(person.value().toString());
        return found.entrySet().stream()
                .filter(e -> !e.getValue().isExpired())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
