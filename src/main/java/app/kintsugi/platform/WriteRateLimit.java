package app.kintsugi.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in person may send a generous number of changes a minute ({@code kintsugi.web.writes-per-minute},
 * 60): far more than anyone types, far fewer than a script flooding a partner's lists or the database.
 * Past it the answer is 429 with a calm page and {@code Retry-After}; nothing is locked, the bucket
 * refills second by second. Counted per person (the account), on this node; signing in and out never
 * count, so nobody is kept from leaving. See decision 32.
 */
@RequiredArgsConstructor
final class WriteRateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(WriteRateLimit.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> NEVER_COUNTED = Set.of("/sign-in", "/sign-out");
    static final String WAIT_ATTRIBUTE = "writeWaitSeconds";

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String person = countedPerson(request);
        if (person != null) {
            Bucket bucket = buckets.get(person, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long wait = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                log.info("event=writes_throttled person={} wait_seconds={}", person, wait);
                request.setAttribute(WAIT_ATTRIBUTE, wait);
                response.setHeader("Retry-After", Long.toString(wait));
                response.sendError(429);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The person whose writes this request counts against, or null when it counts against nobody. */
    private static String countedPerson(HttpServletRequest request) {
        if (!WRITES.contains(request.getMethod()) || NEVER_COUNTED.contains(request.getServletPath())) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}
