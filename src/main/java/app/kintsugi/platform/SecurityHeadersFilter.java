package app.kintsugi.platform;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets what every page needs before anything else runs: the layout's preferences, the quick-exit
 * target, and a strict Content-Security-Policy with a fresh nonce per response: only the instance's own
 * scripts and styles run, nothing is framed, nothing is fetched from elsewhere. Set before any other
 * filter so error pages carry it too. It also sends HSTS on every response (browsers heed it only over
 * HTTPS, so there is no need to know whether a proxy in front spoke HTTPS), wraps the response so
 * every cookie is {@code Secure} and every redirect stays on the configured address
 * ({@link HardenedResponse}), and answers a post larger than the server reads with a page of its own
 * (413) before anything tries to read it. See decision 32.
 */
@RequiredArgsConstructor
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    private static final String API_VIEWER = "/swagger-ui/";
    static final String QUICK_EXIT_ATTRIBUTE = "quickExitUrl";
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String HSTS = "max-age=31536000 ; includeSubDomains";
    /** The session cookie's name before it took the {@code __Host-} prefix; forgotten when a browser still sends it. */
    static final String FORMER_SESSION_COOKIE = "KSESSION";

    private final String quickExitUrl;
    private final PublicAddress address;
    private final boolean secureCookies;
    private final long maxPostBytes;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse original, FilterChain chain)
            throws ServletException, IOException {
        HttpServletResponse response = original instanceof HardenedResponse ? original
                : new HardenedResponse(original, address, secureCookies);
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        request.setAttribute(QUICK_EXIT_ATTRIBUTE, quickExitUrl);
        request.setAttribute(BrowserPreferences.ATTRIBUTE, BrowserPreferences.from(request));
        BrowserPreferences.moveFormerCookies(request, response);
        if (secureCookies && org.springframework.web.util.WebUtils.getCookie(request, FORMER_SESSION_COOKIE) != null) {
            BrowserPreferences.expire(response, FORMER_SESSION_COOKIE);
        }
        if (isSignOut(request)) {
            BrowserPreferences.signedOut(request, response);
        }
        response.setHeader("Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self"
                        + (apiViewer(request) ? "' 'unsafe-inline'" : "'") + "; img-src 'self' data:; "
                        + "font-src 'self'; connect-src 'self'; form-action 'self'; object-src 'none'; "
                        + "base-uri 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Strict-Transport-Security", HSTS);
        if (tooLarge(request)) {
            // Answered before anything reads the body: the server would not read it whole, and a form
            // that arrives cut short must not look like an empty one (or a missing CSRF token).
            response.setStatus(413);
            request.getRequestDispatcher(TooLarge.PATH).forward(new TooLarge.AddressOnly(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean tooLarge(HttpServletRequest request) {
        return request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST
                && request.getContentLengthLong() > maxPostBytes;
    }

    private static boolean isSignOut(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/sign-out".equals(request.getServletPath())
                && request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /**
     * The API's description viewer (Swagger UI) sets styles inline as it draws; it shows only the
     * published description, no one's data, and its scripts stay as strictly limited as everywhere.
     */
    private static boolean apiViewer(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith(request.getContextPath() + API_VIEWER);
    }
}
