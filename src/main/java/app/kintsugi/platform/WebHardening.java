package app.kintsugi.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.util.unit.DataSize;

/**
 * The web layer's defaults for a hostile network and a curious partner (decision 32): a {@code __Host-}
 * session cookie that is {@code Secure}, form tokens without a session for visitors, no session for an
 * anonymous look at the home page, a per-person write limit, and one public address for every
 * absolute link. Spring Security's own chain is configured by the account module; the pieces here reach
 * it through Spring Security's customizer beans, which apply to it before its own configuration.
 */
@Configuration(proxyBeanMethods = false)
class WebHardening {

    static final String SECURE_PREFIX = "__Host-";
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    /**
     * A session attribute is added as an upsert (the same statement works on SQLite and PostgreSQL):
     * two requests of one session that both add the same attribute, such as a form token on two tabs
     * opened at once, would otherwise both insert it, and the second would fail with an error page.
     */
    static final String ADD_SESSION_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""";

    /**
     * Spring Session's store, wrapped so that a request that changed nothing writes nothing
     * ({@link QuietSessions}); static so that it applies before the store is handed to the session filter.
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor quietSessions(
            @Value("${kintsugi.session.touch-every:1m}") java.time.Duration touchEvery) {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof org.springframework.session.jdbc.JdbcIndexedSessionRepository store) {
                    store.setCreateSessionAttributeQuery(ADD_SESSION_ATTRIBUTE);
                    return new QuietSessions(store, touchEvery);
                }
                return bean;
            }
        };
    }

    /** Around Spring Session's filter: a session is read from the database once per request ({@link QuietSessions}). */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> oneSessionReadPerRequest() {
        FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>(QuietSessions::withinRequest);
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER - 10);
        registration.addUrlPatterns("/*");
        registration.setName("oneSessionReadPerRequest");
        return registration;
    }

    @Bean
    PublicAddress publicAddress(@Value("${kintsugi.notices.public-url:http://localhost:8080}") String publicUrl) {
        return new PublicAddress(publicUrl);
    }

    /**
     * The session cookie: {@code __Host-KSESSION}, {@code Secure}, no domain, path {@code /}, so no
     * other host (a sibling subdomain, a network that rewrites plain-http traffic) can set or read it.
     * Only the explicit development setting drops the prefix and {@code Secure}, which browsers require
     * together.
     */
    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookie(WebProperties web,
            @Value("${server.servlet.session.cookie.name:SESSION}") String name) {
        return serializer -> {
            serializer.setUseSecureCookie(!web.insecureCookies());
            if (!web.insecureCookies()) {
                serializer.setCookiePath("/");
                serializer.setDomainName(null);
                serializer.setCookieName(name.startsWith(SECURE_PREFIX) ? name : SECURE_PREFIX + name);
            }
        };
    }

    @Bean
    Customizer<CsrfConfigurer<HttpSecurity>> csrfTokensWithoutSession(WebProperties web) {
        boolean secure = !web.insecureCookies();
        return csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens(secure ? SECURE_PREFIX + CSRF_COOKIE : CSRF_COOKIE, secure))
                // The page for a post too large to read: its body (and so its token) is never read, and it changes nothing.
                .ignoringRequestMatchers(TooLarge.PATH);
    }

    /**
     * Where to return after signing in is remembered in the session, as Spring Security does, but not
     * for the home page: signing in leads there anyway, and a visitor who only opened the address
     * should leave no session row behind.
     */
    @Bean
    RequestCache requestCache() {
        return new RequestCache() {
            private final HttpSessionRequestCache sessions = new HttpSessionRequestCache();

            @Override
            public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
                String path = request.getServletPath();
                if ("GET".equals(request.getMethod()) && !"/".equals(path) && !path.isEmpty()
                        && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                        && !path.startsWith("/keepalive") && !path.equals("/favicon.ico")) {
                    sessions.saveRequest(request, response);
                }
            }

            @Override
            public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
                return sessions.getRequest(request, response);
            }

            @Override
            public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
                return sessions.getMatchingRequest(request, response);
            }

            @Override
            public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
                sessions.removeRequest(request, response);
            }
        };
    }

    /** After Spring Security's chain (order -100), so the signed-in person is known. */
    @Bean
    FilterRegistrationBean<WriteRateLimit> writeRateLimit(WebProperties web) {
        FilterRegistrationBean<WriteRateLimit> registration = new FilterRegistrationBean<>(new WriteRateLimit(web.writesPerMinute()));
        registration.setOrder(0);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static long maxPostBytes(DataSize configured) {
        return configured == null || configured.toBytes() < 0 ? Long.MAX_VALUE : configured.toBytes();
    }
}
