package app.kintsugi.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import app.kintsugi.shared.LinkTokens;

/** How the notice job retries a mail the server did not take, and the links it sends. */
class NoticeJobTest {

    @Test
    void retriesWaitLongerEachTimeUpToSixHours() {
        assertThat(NoticeJob.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(NoticeJob.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(NoticeJob.backoff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(NoticeJob.backoff(40)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void linkTokensAreRandomAndOnlyTheirHashIsKept() {
        String token = LinkTokens.newToken();
        assertThat(LinkTokens.wellFormed(token)).isTrue();
        assertThat(LinkTokens.newToken()).isNotEqualTo(token);
        assertThat(LinkTokens.hash(token)).hasSize(64).doesNotContain(token);
        assertThat(LinkTokens.wellFormed("../../etc")).isFalse();
    }
}
