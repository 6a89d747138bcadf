package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;

/**
 * The production defaults of the web layer (decision 32), which the other tests relax for plain HTTP:
 * {@code Secure} cookies and a {@code __Host-} session cookie, HSTS on every answer, redirects on the
 * configured address whatever the {@code Host} header says, and the per-person write limit.
 */
@TestPropertySource(properties = {"kintsugi.web.insecure-cookies=false", "kintsugi.web.writes-per-minute=60",
        "kintsugi.notices.public-url=https://ours.example/"})
class HardenedDefaultsTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    org.springframework.security.web.FilterChainProxy filters;

    @Autowired
    app.kintsugi.couple.Couples couples;

    @org.junit.jupiter.api.BeforeEach
    void theConfiguredFormTokens() {
        CsrfTokensInUse.restore(filters, true);
    }

    @Test
    void everyCookieIsSecureAndTheSessionCookieIsHostOnly() throws Exception {
        TestPerson ana = people.create("Ana");
        Browser browser = new Browser();
        HttpResponse<String> form = browser.get("/sign-in");
        assertThat(form.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("__Host-XSRF-TOKEN="));
        HttpResponse<String> signedIn = browser.post("/sign-in", Map.of("email", ana.email(), "password", TestAccounts.PASSWORD));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("failed");
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("__Host-KSESSION="))
                .findFirst().orElseThrow();
        assertThat(session).contains("; Secure").contains("; HttpOnly").contains("Path=/").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Domain=");
        HttpResponse<String> settings = browser.get("/settings");
        assertThat(settings.statusCode()).isEqualTo(200);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(settings.body());
        assertThat(version.find()).isTrue();
        HttpResponse<String> saved = browser.post("/settings", Map.of("displayName", "Ana", "language", "es", "theme", "DARK",
                "timeZone", "Europe/Madrid", "discreetMode", "true", "version", version.group(1)));
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/settings?saved");
        HttpResponse<String> out = browser.post("/sign-out", Map.of());
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?signedOut");

        List<String> cookies = new ArrayList<>(browser.setCookies);
        assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c).as(c).containsIgnoringCase("; Secure"));
        assertThat(cookies).anyMatch(c -> c.startsWith("pref-discreet=1")).anyMatch(c -> c.startsWith("pref-lang=es"));
    }

    @Test
    void hstsIsSentOnEveryAnswerEvenOverPlainHttp() throws Exception {
        Browser browser = new Browser();
        for (String path : List.of("/sign-in", "/does-not-exist", "/css/site.css", "/")) {
            assertThat(browser.get(path).headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
        }
    }

    @Test
    void aForgedHostNeverEndsUpInARedirect() throws Exception {
        for (String path : List.of("/", "/reflections", "/settings/password")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
                    + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
            String location = header(answer, "Location");
            assertThat(answer).as(path).startsWith("HTTP/1.1 302");
            assertThat(location).as(path).doesNotContain("evil.example");
            assertThat(location).as(path).isEqualTo("/sign-in");
        }
        // The same through the application's own redirects after a form.
        TestPerson ana = people.create("Ana");
        MockHttpServletResponse r = mvc.perform(post("/settings/sessions/seen").param("answer", "me")
                .header("Host", "evil.example").with(csrf()).with(user(ana.principal()))).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).doesNotContain("evil.example");
        // The invitation link a person copies for their partner is on the configured address.
        couples.start(ana.id(), app.kintsugi.couple.Role.HURT_PARTNER);
        MockHttpServletResponse invitation = mvc.perform(post("/space/invitation").header("Host", "evil.example")
                .with(csrf()).with(user(ana.principal()))).andReturn().getResponse();
        assertThat(invitation.getContentAsString()).contains("https://ours.example/join/").doesNotContain("evil.example");
    }

    @Test
    void aPersonWhoSendsTooManyChangesIsAskedToPauseAndOthersAreNot() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        // 60 at once, then one more a second: a script that keeps sending meets the limit soon after.
        int accepted = 0;
        MockHttpServletResponse refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            MockHttpServletResponse r = seen(ana);
            if (r.getStatus() == 429) {
                refused = r;
            } else {
                assertThat(r.getStatus()).as("write " + (i + 1)).isLessThan(400);
                accepted++;
            }
        }
        assertThat(refused).as("refused after %d writes", accepted).isNotNull();
        assertThat(accepted).isBetween(60, 120);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(seen(ben).getStatus()).isLessThan(400);
        // Signing out is never refused.
        assertThat(mvc.perform(post("/sign-out").with(csrf()).with(user(ana.principal()))).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
    }

    @Test
    void theLimitPageIsCalmInBothLanguages() throws Exception {
        TestPerson ana = people.create("Ana");
        Browser browser = new Browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", ana.email(), "password", TestAccounts.PASSWORD));
        browser.get("/settings/sessions");
        HttpResponse<String> last = null;
        for (int i = 0; i < 200 && (last == null || last.statusCode() != 429); i++) {
            last = browser.post("/settings/sessions/seen", Map.of("answer", "me"));
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("A short pause").contains("In a minute you can send it again");
        // The bucket refills one a second, so a slow machine may let one through before the next refusal.
        HttpResponse<String> spanish = null;
        for (int i = 0; i < 20 && (spanish == null || spanish.statusCode() != 429); i++) {
            spanish = browser.post("/settings/sessions/seen?lang=es", Map.of("answer", "me"));
        }
        assertThat(spanish.statusCode()).isEqualTo(429);
        assertThat(spanish.body()).contains("Una pequeña pausa");
    }

    private MockHttpServletResponse seen(TestPerson person) throws Exception {
        return mvc.perform(post("/settings/sessions/seen").param("answer", "me").with(csrf()).with(user(person.principal())))
                .andReturn().getResponse();
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append("\n");
            }
            // Read the answer to its end, as a browser does, before the connection closes.
            while (in.read() >= 0) {
                // the body is not needed
            }
            return head.toString();
        }
    }

    private static String header(String head, String name) {
        return head.lines().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
    }

    /**
     * A browser on an HTTPS address as far as cookies go: it keeps and sends {@code Secure} cookies
     * although the test server speaks plain HTTP (java.net's cookie store would not send them).
     */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> jar = new LinkedHashMap<>();
        final List<String> setCookies = new ArrayList<>();
        private String csrf;

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (csrf != null) {
                all.put("_csrf", csrf);
            }
            String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
            builder.header("Accept", "text/html,application/xhtml+xml");
            if (!jar.isEmpty()) {
                builder.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            for (String c : response.headers().allValues("Set-Cookie")) {
                setCookies.add(c);
                String pair = c.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || c.toLowerCase().contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }

        private String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
