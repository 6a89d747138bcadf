package app.kintsugi.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Form tokens that need no session for someone who has none. A visitor who only opens the sign-in,
 * registration or forgotten-password page gets the token in a cookie of its own ({@code __Host-} and
 * HttpOnly in production; compared with the form field, "double submit"), so looking at a page leaves no
 * session row behind. Once there is a session (after signing in) the token lives in it, as Spring
 * Security's default does. Signing in replaces the token and forgets the cookie. See decision 32.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    static final String PARAMETER = "_csrf";
    static final String HEADER = "X-CSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
    private final String cookieName;

    SessionOrCookieCsrfTokens(String cookieName, boolean secure) {
        this.cookieName = cookieName;
        cookies.setCookieName(cookieName);
        cookies.setParameterName(PARAMETER);
        cookies.setHeaderName(HEADER);
        cookies.setCookieCustomizer(cookie -> cookie.secure(secure).httpOnly(true).sameSite("Lax").path("/"));
        sessions.setParameterName(PARAMETER);
        sessions.setHeaderName(HEADER);
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            sessions.saveToken(null, request, response);
            if (WebUtils.getCookie(request, cookieName) != null) {
                cookies.saveToken(null, request, response);
            }
            return;
        }
        if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken token = sessions.loadToken(request);
        return token != null ? token : cookies.loadToken(request);
    }
}
