package app.kintsugi.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.kintsugi.platform.api.ApiProblems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Lets an API request in on a personal token ({@code Authorization: Bearer kt_…}) and on nothing
 * else: no cookie, no session, so no cross-site request can act for anyone. A missing or unknown
 * token answers 401; a change sent with a read-only token 403; more requests a minute than a token
 * may send 429 with {@code Retry-After}. Every error under the API, wherever it is raised, is
 * answered as problem details, never with a page.
 */
@RequiredArgsConstructor
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final ApiProblems problems;
    private final int perMinute;
    private final Cache<java.util.UUID, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletResponse answer = new ProblemsOnError(response, request, problems);
        String header = request.getHeader("Authorization");
        String secret = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        var holder = tokens.holderOf(secret);
        if (holder.isEmpty()) {
            log.info("event=api_refused reason={}", secret == null ? "no_token" : "unknown_token");
            problems.write(response, problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", request),
                    Map.of("WWW-Authenticate", secret == null ? "Bearer" : "Bearer error=\"invalid_token\""));
            return;
        }
        ApiTokens.Holder h = holder.get();
        if (!READS.contains(request.getMethod()) && !h.scopes().contains(ApiScope.WRITE)) {
            log.info("event=api_refused reason=read_only token={}", h.tokenId());
            problems.write(response, problems.of(HttpStatus.FORBIDDEN, "read-only", request),
                    Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"write\""));
            return;
        }
        Bucket bucket = buckets.get(h.tokenId(), k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long wait = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            log.info("event=api_throttled token={} wait_seconds={}", h.tokenId(), wait);
            problems.write(response, problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many", request),
                    Map.of("Retry-After", Long.toString(wait)));
            return;
        }
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(h.principal(), null, h.authorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, answer);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An error raised further on (a 404 from the router, a 429 for writes) still comes as problem details. */
    private static final class ProblemsOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final ApiProblems problems;

        ProblemsOnError(HttpServletResponse response, HttpServletRequest request, ApiProblems problems) {
            super(response);
            this.request = request;
            this.problems = problems;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String ignored) throws IOException {
            if (isCommitted()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String kind = switch (status) {
                case 404 -> "not-found";
                case 429 -> "too-many";
                case 413 -> "too-large";
                case 405 -> "method";
                case 400 -> "unreadable";
                default -> "error";
            };
            problems.write((HttpServletResponse) getResponse(), problems.of(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known, kind,
                    request), Map.of());
        }
    }
}
