package app.kintsugi.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import app.kintsugi.shared.LinkTokens;

/**
 * Session ids are stored only as hashes, so a copy of the database or a backup signs nobody in.
 *
 * <p>The browser's cookie holds a random secret; the session store knows the session by the SHA-256
 * of that secret, and so does everything inside the application ({@code HttpSession.getId()} is the
 * hash). Two of Spring Session's extension points do it: the id generator makes the secret, keeps it
 * on the request that asked for a new session (or a new id) and hands the store its hash; the cookie
 * serializer hashes what a browser sends, and when the new id is written, puts the secret from the
 * request into the cookie instead. The secret lives in memory for one request and in the cookie,
 * nowhere else. See decision 30.
 */
@Configuration(proxyBeanMethods = false)
// Sessions exist only where a web server runs; the command line and data tools have none.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HashedSessionIds {

    private static final Logger log = LoggerFactory.getLogger(HashedSessionIds.class);
    /** Request attribute prefix under which a new id's secret waits for its cookie. */
    static final String SECRET = HashedSessionIds.class.getName() + ".secret.";

    @Bean
    SessionIdGenerator sessionIdGenerator() {
        return () -> {
            String secret = LinkTokens.newToken();
            String id = LinkTokens.hash(secret);
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(SECRET + id, secret, RequestAttributes.SCOPE_REQUEST);
            } else {
                // No request to carry the secret to its cookie: the session can never be resumed, harmlessly.
                log.debug("event=session_created_outside_request");
            }
            return id;
        };
    }

    /**
     * The standard cookie resolver (so the cookie settings stay Spring Boot's own,
     * {@code server.servlet.session.cookie.*}) around a serializer that hashes.
     */
    @Bean
    CookieHttpSessionIdResolver httpSessionIdResolver(CookieSerializer cookieSerializer) {
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(new Hashing(cookieSerializer));
        return resolver;
    }

    /** The session id a browser's secret stands for. */
    static String idOf(String secret) {
        return LinkTokens.hash(secret);
    }

    static final class Hashing implements CookieSerializer {

        private final CookieSerializer cookies;

        Hashing(CookieSerializer cookies) {
            this.cookies = cookies;
        }

        @Override
        public List<String> readCookieValues(HttpServletRequest request) {
            return cookies.readCookieValues(request).stream()
                    .filter(value -> value.length() <= 100)
                    .map(HashedSessionIds::idOf)
                    .toList();
        }

        @Override
        public void writeCookieValue(CookieValue value) {
            String id = value.getCookieValue();
            if (id == null || id.isEmpty()) {
                // Expiring the cookie: nothing secret to write.
                cookies.writeCookieValue(value);
                return;
            }
            Object secret = value.getRequest().getAttribute(SECRET + id);
            if (!(secret instanceof String s)) {
                // Only the hash is known here, and the hash opens nothing: better no cookie than a useless one.
                log.warn("event=session_cookie_without_secret");
                return;
            }
            CookieValue withSecret = new CookieValue(value.getRequest(), value.getResponse(), s);
            withSecret.setCookieMaxAge(value.getCookieMaxAge());
            cookies.writeCookieValue(withSecret);
        }
    }
}
