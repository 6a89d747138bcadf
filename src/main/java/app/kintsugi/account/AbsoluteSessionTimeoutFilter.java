package app.kintsugi.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than the absolute limit (12 hours by default), however
 * active it was. A device left signed in on a shared table should not stay open for days.
 */
@RequiredArgsConstructor
final class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionTimeoutFilter.class);

    private final Clock clock;
    private final Duration limit;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > limit.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            log.info("event=session_expired reason=absolute");
            response.sendRedirect(request.getContextPath() + "/sign-in?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
