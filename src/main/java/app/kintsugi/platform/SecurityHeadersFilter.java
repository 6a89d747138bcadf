package app.kintsugi.platform;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets what every page needs before anything else runs: the layout's preferences, the quick-exit
 * target, and a strict Content-Security-Policy with a fresh nonce per response: only the instance's own
 * scripts and styles run, nothing is framed, nothing is fetched from elsewhere. Set before any other
 * filter so error pages carry it too.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    static final String QUICK_EXIT_ATTRIBUTE = "quickExitUrl";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String quickExitUrl;

    SecurityHeadersFilter(String quickExitUrl) {
        this.quickExitUrl = quickExitUrl;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        request.setAttribute(QUICK_EXIT_ATTRIBUTE, quickExitUrl);
        request.setAttribute(BrowserPreferences.ATTRIBUTE, BrowserPreferences.from(request));
        BrowserPreferences.moveFormerCookies(request, response);
        response.setHeader("Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self' data:; "
                        + "font-src 'self'; connect-src 'self'; form-action 'self'; object-src 'none'; "
                        + "base-uri 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
