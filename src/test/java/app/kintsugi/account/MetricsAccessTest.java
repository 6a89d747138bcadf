package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class MetricsAccessTest {

    @Test
    void onlyTheConfiguredBearerTokenOpensTheMetrics() {
        assertThat(SecurityConfiguration.bearerMatches(withHeader("Bearer s3cret-token"), "s3cret-token")).isTrue();
        assertThat(SecurityConfiguration.bearerMatches(withHeader("Bearer wrong"), "s3cret-token")).isFalse();
        assertThat(SecurityConfiguration.bearerMatches(withHeader("Basic s3cret-token"), "s3cret-token")).isFalse();
        assertThat(SecurityConfiguration.bearerMatches(withHeader(null), "s3cret-token")).isFalse();
        // Not configured: nobody, not even an empty token.
        assertThat(SecurityConfiguration.bearerMatches(withHeader("Bearer "), "")).isFalse();
    }

    private static MockHttpServletRequest withHeader(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (value != null) {
            request.addHeader("Authorization", value);
        }
        return request;
    }
}
