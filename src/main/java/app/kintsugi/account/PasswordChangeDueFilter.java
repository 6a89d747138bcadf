package app.kintsugi.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a person signed in with a password someone else chose (the first password an operator gives a
 * counselor), every page leads to the form for choosing their own, and nothing else is done. The
 * session carries the mark from the sign-in until the password is changed, so no request pays for it.
 */
final class PasswordChangeDueFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = "kintsugi.passwordChangeDue";
    static final String FORM = "/settings/password";
    private static final Set<String> OPEN = Set.of(FORM, "/sign-out", "/keepalive", "/error", "/favicon.ico",
            "/manifest.webmanifest", "/sign-in/attempts");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null && !open(request.getServletPath())) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + FORM + "?first");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(String path) {
        return OPEN.contains(path) || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/error/");
    }
}
