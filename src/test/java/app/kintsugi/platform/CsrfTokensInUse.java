package app.kintsugi.platform;

import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * MockMvc's {@code csrf()} puts a session-based token store of its own into the shared CSRF filter for
 * good, so a real-HTTP test that runs after a MockMvc test in the same context would see that store.
 * Tests of the store the application configures put it back first.
 */
final class CsrfTokensInUse {

    private CsrfTokensInUse() {
    }

    static void restore(FilterChainProxy proxy, boolean secure) {
        String name = secure ? WebHardening.SECURE_PREFIX + WebHardening.CSRF_COOKIE : WebHardening.CSRF_COOKIE;
        proxy.getFilterChains().forEach(chain -> chain.getFilters().forEach(filter -> {
            if (filter instanceof CsrfFilter csrf) {
                try {
                    var field = CsrfFilter.class.getDeclaredField("tokenRepository");
                    field.setAccessible(true);
                    field.set(csrf, new SessionOrCookieCsrfTokens(name, secure));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
    }
}
