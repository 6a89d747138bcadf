package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;

/** What the web layer does with posts that are too large, and with visitors who only look (decision 32). */
class WebRobustnessHttpTest extends IntegrationTest {

    @Autowired
    org.springframework.security.web.FilterChainProxy filters;

    @org.junit.jupiter.api.BeforeEach
    void theConfiguredFormTokens() {
        CsrfTokensInUse.restore(filters, false);
    }

    /** Any failure on the server's side (500, 503, …) ends on the one calm page, in the person's language. */
    @Test
    void anErrorOnOurSideGetsTheCalmGenericPageInBothLanguages() throws Exception {
        for (int status : new int[] {500, 503}) {
            for (var language : Map.of("en", "Something went wrong on our side", "es", "Algo ha fallado por nuestra parte").entrySet()) {
                var response = mvc.perform(get("/error")
                                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                                .header("Accept-Language", language.getKey())
                                .accept(MediaType.TEXT_HTML))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).isEqualTo(status);
                assertThat(response.getContentAsString()).contains(language.getValue()).contains("<main id=\"main\"")
                        .doesNotContainIgnoringCase("exception").doesNotContain("Whitelabel");
            }
        }
    }

    @Test
    void aPostOverTheSizeLimitGetsAKindPageInBothLanguagesAndNothingIsSaved() throws Exception {
        TestPerson ana = people.create("Ana");
        HttpAgent browser = new HttpAgent(port);
        browser.signIn(ana.email(), TestAccounts.PASSWORD);
        long before = count("reflection");
        String huge = "a".repeat(5 * 1024 * 1024);
        HttpAgent.Page page = browser.post("/reflections", Map.of("whatHappened", huge, "visibility", "PRIVATE"));
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("That was more than can be saved at once")
                .contains("your browser usually still holds your text").contains("data-go-back");
        assertThat(count("reflection")).isEqualTo(before);
        // Still signed in, and the connection still works for the next page.
        assertThat(browser.get("/reflections").status()).isEqualTo(200);

        HttpAgent.Page spanish = browser.post("/reflections?lang=es", Map.of("whatHappened", huge));
        assertThat(spanish.status()).isEqualTo(413);
        assertThat(spanish.body()).contains("Era más de lo que se puede guardar de una vez");
    }

    @Test
    void looksAtPublicPagesLeaveNoSessionBehind() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        long before = sessions();
        for (String path : List.of("/sign-in", "/register", "/password/forgot", "/safety/resources", "/counselor/register",
                "/", "/sign-in?signedOut", "/css/site.css", "/manifest.webmanifest")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.contains("SESSION"));
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theSignInFormWorksWithItsTokenInACookieAndSigningInReplacesIt() {
        TestPerson ana = people.create("Ana");
        HttpAgent browser = new HttpAgent(port);
        HttpAgent.Page form = browser.get("/sign-in");
        assertThat(form.response().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
        assertThat(browser.sessionCookie()).isNull();
        HttpAgent.Page signedIn = browser.post("/sign-in", Map.of("email", ana.email(), "password", TestAccounts.PASSWORD));
        assertThat(signedIn.location()).doesNotContain("failed");
        assertThat(browser.sessionCookie()).isNotNull();
        // The visitor's token is forgotten; the session now has one of its own.
        assertThat(signedIn.response().headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN=;"));
        assertThat(browser.get("/settings").status()).isEqualTo(200);
        assertThat(browser.post("/sign-out", Map.of()).location()).endsWith("/sign-in?signedOut");

        // A form posted with the token another browser was given is refused.
        HttpAgent mine = new HttpAgent(port);
        mine.get("/sign-in");
        java.util.regex.Matcher theirs = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(new HttpAgent(port).get("/sign-in").body());
        assertThat(theirs.find()).isTrue();
        assertThat(mine.post("/sign-in", Map.of("email", ana.email(), "password", TestAccounts.PASSWORD,
                "_csrf", theirs.group(1))).status()).isEqualTo(403);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long sessions() {
        return count("spring_session");
    }
}
