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

import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Browsers a person has signed in with (OWASP "device cookies"): a random token in an HttpOnly
 * cookie, of which only the hash is stored. Failed attempts from elsewhere never slow these down.
 */
@Component
class TrustedDevices {

    // Named so that it does not give away the application to someone looking at the device.
    static final String COOKIE = "device";
    /** The name the cookie had before: still read on the request on which the platform moves it to the new name. */
    static final String FORMER_COOKIE = "kintsugi-device";
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    TrustedDevices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

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
        if (existing.isPresent()) {
            jdbc.sql("UPDATE trusted_device SET last_used = ? WHERE token_hash = ?").params(now, existing.get()).update();
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO trusted_device (token_hash, person_id, created_at, last_used) VALUES (?, ?, ?, ?)")
                .params(hash(token), person.value().toString(), now, now).update();
        write(request, response, token);
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
