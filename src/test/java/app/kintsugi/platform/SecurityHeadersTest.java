package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;

class SecurityHeadersTest extends IntegrationTest {

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpAgent browser = new HttpAgent(port);
        for (String path : new String[] {"/sign-in", "/register", "/css/kintsugi.css", "/does-not-exist", "/safety/resources"}) {
            var page = browser.get(path);
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).as(path).contains("object-src 'none'").contains("base-uri 'none'")
                    .contains("frame-ancestors 'none'").contains("script-src 'self' 'nonce-").doesNotContain("unsafe-inline");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(page.response().headers().allValues("X-Content-Type-Options")).as(path).hasSize(1);
        }
    }

    @Test
    void theNonceChangesEveryResponseAndIsUsedByTheScriptTag() {
        HttpAgent browser = new HttpAgent(port);
        var first = browser.get("/sign-in");
        var second = browser.get("/sign-in");
        String nonce = first.header("Content-Security-Policy").replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(nonce).hasSizeGreaterThan(16);
        assertThat(second.header("Content-Security-Policy")).doesNotContain(nonce);
        assertThat(first.body()).contains("nonce=\"" + nonce + "\"");
    }

    @Test
    void signedInPagesAreNeverCached() {
        var person = people.create("Ana");
        HttpAgent browser = new HttpAgent(port);
        browser.signIn(person.email(), TestAccounts.PASSWORD);
        for (String path : new String[] {"/", "/reflections", "/space", "/settings", "/safety"}) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void notFoundPagesAreCalmAndGeneric() {
        var person = people.create("Ana");
        HttpAgent browser = new HttpAgent(port);
        browser.signIn(person.email(), TestAccounts.PASSWORD);
        var page = browser.get("/nothing/here");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("We couldn’t find that").doesNotContain("Whitelabel").doesNotContain("Exception");
    }
}
