package app.kintsugi.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Browsers a person has signed in with (OWASP "device cookies"): a random token in an HttpOnly
 * cookie, of which only the hash is stored. Failed attempts from elsewhere never slow these down.
 */
@Component
@RequiredArgsConstructor
class TrustedDevices {

    // Named so that it does not give away the application to someone looking at the device.
    static final String COOKIE = "device";
    /** The name the cookie had before: still read on the request on which the platform moves it to the new name. */
    static final String FORMER_COOKIE = "kintsugi-device";
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    /** The hash of this browser's device token, if it belongs to {@code person} and is still valid. */
    Optional<String> trustedFor(HttpServletRequest request, PersonId person) {
        return token(request).map(TrustedDevices::hash).filter(hash -> jdbc.sql("""
                        SELECT COUNT(*) FROM trusted_device WHERE token_hash = ? AND person_id = ? AND last_used > ?""")
                .params(hash, person.value().toString(), clock.millis() - LIFETIME.toMillis())
                .query(Long.class).single() > 0);
    }

    /** Remembers this browser for the person after a successful sign-in. */
    void remember(HttpServletRequest request, HttpServletResponse response, PersonId person) {
        long now = clock.millis();
        Optional<String> existing = trustedFor(request, person);
        String device = Device.of(request.getHeader("User-Agent")).code();
        if (existing.isPresent()) {
            jdbc.sql("UPDATE trusted_device SET last_used = ?, device = ? WHERE token_hash = ?")
                    .params(now, device, existing.get()).update();
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO trusted_device (token_hash, person_id, created_at, last_used, device) VALUES (?, ?, ?, ?, ?)")
                .params(hash(token), person.value().toString(), now, now, device).update();
        write(request, response, token);
    }

    /** A remembered browser as its owner's list shows it; {@code handle} is the stored hash, which opens nothing. */
    record Row(String handle, long createdAt, long lastUsed, Device device) {
    }

    /** The person's remembered browsers that still count, most recently used first. */
    java.util.List<Row> of(PersonId person) {
        return jdbc.sql("""
                        SELECT token_hash, created_at, last_used, device FROM trusted_device
                        WHERE person_id = ? AND last_used > ? ORDER BY last_used DESC""")
                .params(person.value().toString(), clock.millis() - LIFETIME.toMillis())
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), Device.ofCode(rs.getString(4))))
                .list();
    }

    /** Forgets one of the person's browsers; false when the person has no such browser. */
    boolean forget(PersonId person, String handle) {
        return jdbc.sql("DELETE FROM trusted_device WHERE token_hash = ? AND person_id = ?")
                .params(handle, person.value().toString()).update() > 0;
    }

    /** Forgets every browser of the person but {@code keep} (a handle, or null for none). */
    int forgetAllBut(PersonId person, String keep) {
        return jdbc.sql("DELETE FROM trusted_device WHERE person_id = ? AND token_hash <> ?")
                .params(person.value().toString(), keep == null ? "" : keep).update();
    }

    /**
     * Browsers first signed in with after the person last looked at their list. The first browser of
     * an account is where it began, not news; nor is one remembered at a moment the person was looking.
     */
    java.util.List<Row> newSinceLastLook(PersonId person) {
        String id = person.value().toString();
        return jdbc.sql("""
                        SELECT token_hash, created_at, last_used, device FROM trusted_device
                        WHERE person_id = ? AND last_used > ? AND created_at > COALESCE(
                            (SELECT seen_at FROM device_seen WHERE person_id = ?),
                            (SELECT MIN(created_at) FROM trusted_device WHERE person_id = ?))
                        ORDER BY created_at DESC""")
                .params(id, clock.millis() - LIFETIME.toMillis(), id, id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), Device.ofCode(rs.getString(4))))
                .list();
    }

    /** The person looked at their sessions and devices now. */
    void seen(PersonId person) {
        long now = clock.millis();
        if (jdbc.sql("UPDATE device_seen SET seen_at = ? WHERE person_id = ?").params(now, person.value().toString()).update() == 0) {
            jdbc.sql("INSERT INTO device_seen (person_id, seen_at) VALUES (?, ?) ON CONFLICT (person_id) DO NOTHING")
                    .params(person.value().toString(), now).update();
        }
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token).path("/").httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).maxAge(LIFETIME).build().toString());
    }


    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        Optional<String> former = Optional.empty();
        for (Cookie c : cookies) {
            if (c.getValue() == null || c.getValue().length() > 100) {
                continue;
            }
            if (COOKIE.equals(c.getName())) {
                return Optional.of(c.getValue());
            }
            if (FORMER_COOKIE.equals(c.getName())) {
                former = Optional.of(c.getValue());
            }
        }
        return former;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
