package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.ApiClient;
import app.kintsugi.ApiClient.Answer;
import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import tools.jackson.databind.JsonNode;

/**
 * The API used as a new couple's app would use it, over a real socket with tokens only: a space
 * started and joined, a reflection written and shared, a question asked and answered, a promise
 * checked in on, Today read, the data exported; and every way a request can be refused.
 */
class ApiHttpTest extends IntegrationTest {

    private static final Pattern SECRET = Pattern.compile("value=\"(kt_[A-Za-z0-9_-]{43})\"");
    @Autowired
    ApiTokens tokens;

    private ApiClient api() {
        return new ApiClient(port);
    }

    /** A token made the way a person makes one: on the settings page, with the password again. */
    private String tokenFromSettings(TestPerson p, String access) throws Exception {
        var page = postAs(p, "/settings/tokens", Map.of("name", "My phone", "access", access, "days", "30",
                "currentPassword", TestAccounts.PASSWORD));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        Matcher m = SECRET.matcher(page.getContentAsString());
        assertThat(m.find()).as("the new token is shown once").isTrue();
        return m.group(1);
    }

    @Test
    void aNewCoupleWalksThroughTheirFirstEveningWithTokensOnly() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        String anas = tokenFromSettings(ana, "WRITE");
        String bens = tokens.create(ben.id(), "Tablet", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
        ApiClient api = api();

        Answer me = api.get("/api/v1/me", anas);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("name").asString()).isEqualTo("Ana");
        assertThat(me.header("Set-Cookie")).as("no session for the API").isNull();

        // A space, an invitation, a partner.
        Answer started = api.post("/api/v1/space", anas, Map.of("role", "BROKE_TRUST"));
        assertThat(started.status()).isEqualTo(201);
        String code = started.json().get("code").asString();
        assertThat(started.json().get("link").asString()).startsWith("http://localhost/join/");
        Answer joined = api.post("/api/v1/space/join", bens, Map.of("code", code, "role", "HURT_PARTNER"));
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().get("complete").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/space", anas).json().get("partner").get("name").asString()).isEqualTo("Ben");

        // A reflection: written, changed against its ETag, shared.
        Answer written = api.post("/api/v1/reflections", anas, Map.of("title", "That night", "whatHappened",
                "I lied about where I was <script>alert(1)</script> — ¿por qué? 💔"));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        String path = written.json().get("href").asString();
        assertThat(written.header("Location")).isEqualTo(path);
        String etag = written.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(api.get(path, bens).status()).as("private: the partner gets 404").isEqualTo(404);
        assertThat(api.put(path, anas, Map.of("whatHappened", "changed")).status()).as("no If-Match").isEqualTo(428);
        assertThat(api.put(path, anas, Map.of("whatHappened", "changed"), "If-Match", "\"99\"").status()).isEqualTo(412);
        Answer changed = api.put(path, anas, Map.of("title", "That night", "whatHappened", "I lied about where I was. 💔"),
                "If-Match", etag);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(api.put(path, anas, Map.of("whatHappened", "late"), "If-Match", etag).status()).as("stale").isEqualTo(412);
        assertThat(api.post(path + "/share", anas, null).status()).isEqualTo(200);
        JsonNode shared = api.get("/api/v1/reflections/shared-with-me", bens).json();
        assertThat(shared.get("items").get(0).get("href").asString()).isEqualTo(path);
        assertThat(api.get(path, bens).json().get("whatHappened").asString()).isEqualTo("I lied about where I was. 💔");
        assertThat(api.put(path, bens, Map.of("whatHappened", "x"), "If-Match", "\"1\"").status()).isEqualTo(404);

        // A question asked by the hurt partner, answered against its ETag, and marked as helpful.
        Answer asked = api.post("/api/v1/questions", bens, Map.of("text", "Where were you on Friday?"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String question = asked.json().get("first").get("href").asString();
        JsonNode box = api.get("/api/v1/questions", anas).json();
        assertThat(box.get("forMe").get(0).get("text").asString()).isEqualTo("Where were you on Friday?");
        Answer opened = api.get(question, anas);
        Answer answered = api.post(question + "/responses", anas, Map.of("kind", "ANSWER", "text", "At a hotel with her."),
                "If-Match", opened.header("ETag"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Answer read = api.get(question, bens);
        assertThat(read.json().get("first").get("responses").get(0).get("text").asString()).isEqualTo("At a hotel with her.");
        assertThat(api.post(question + "/feedback", bens, Map.of("feedback", "HELPED"), "If-Match", read.header("ETag")).status())
                .isEqualTo(200);

        // A promise, shared, checked in on today.
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid")));
        Answer promised = api.post("/api/v1/commitments", anas, Map.of("text", "Phone open on the table", "kind", "DAILY",
                "start", today.minusDays(1).toString(), "visibility", "PARTNER"));
        assertThat(promised.status()).as(promised.body()).isEqualTo(201);
        String commitment = promised.json().get("href").asString();
        Answer checked = api.post(commitment + "/check-ins", anas, Map.of("day", today.toString(), "outcome", "KEPT"));
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("recent").get(0).get("outcome").asString()).isEqualTo("KEPT");
        JsonNode partners = api.get("/api/v1/commitments", bens).json().get("partners");
        assertThat(partners.get(0).get("awaiting").get(0).get("day").asString()).isEqualTo(today.toString());

        // Today tells each what waits, in the language asked for.
        JsonNode bensToday = api.get("/api/v1/today", bens, "Accept-Language", "es").json();
        assertThat(bensToday.get("waitsForMe").toString()).contains("Ana");
        assertThat(bensToday.get("due").toString() + bensToday.get("waitsForMe")).doesNotContain("today.").isNotEmpty();

        // The export holds her own words.
        Answer export = api.get("/api/v1/export", anas);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("I lied about where I was. 💔").contains("Phone open on the table");
        assertThat(export.header("Cache-Control")).contains("no-store");

        // Settings show when the token was last used, and revoking it ends it.
        assertThat(page(ana, "/settings/tokens").getContentAsString()).contains("My phone").doesNotContain("Not used yet");
        String id = api.get("/api/v1/tokens", anas).json().get(0).get("id").asString();
        assertThat(api.get("/api/v1/tokens", anas).body()).doesNotContain(anas);
        assertThat(postAs(ana, "/settings/tokens/" + id + "/revoke", Map.of()).getRedirectedUrl()).isEqualTo("/settings/tokens?revoked");
        assertThat(api.get("/api/v1/me", anas).status()).isEqualTo(401);
    }

    @Test
    void inputThatBreaksARuleIsAProblemWithEachFieldInTheAskedLanguageAndNothingIsStored() throws Exception {
        TestPerson ana = people.create("Ana");
        String token = tokens.create(ana.id(), "Script", EnumSet.of(ApiScope.WRITE), 7).secret();
        ApiClient api = api();
        Answer empty = api.post("/api/v1/reflections", token, Map.of("title", "x".repeat(300), "whatHappened", "  "),
                "Accept-Language", "es-ES,es;q=0.9");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = empty.json();
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("title").asString()).isEqualTo("Hay campos que revisar");
        List<String> fields = problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).contains("whatHappened");
        JsonNode first = problem.get("errors").valueStream().filter(e -> e.get("field").asString().equals("whatHappened"))
                .findFirst().orElseThrow();
        assertThat(first.get("code").asString()).isNotBlank();
        assertThat(first.get("message").asString()).isNotBlank().doesNotStartWith("reflection.");
        assertThat(empty.body()).doesNotContain("xxxxxxxxxx");
        assertThat(api.get("/api/v1/reflections", token).json().get("total").asInt()).as("nothing stored").isZero();

        assertThat(api.post("/api/v1/reflections", token, "{not json").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/reflections", token, Map.of("whatHappened", "x", "kind", "NO_SUCH_KIND")).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/reflections/not-a-uuid", token).status()).isEqualTo(404);
        Answer nowhere = api.get("/api/v1/no-such-thing", token);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.header("Content-Type")).startsWith("application/problem+json");
        Answer english = api.get("/api/v1/reflections/" + java.util.UUID.randomUUID(), token);
        assertThat(english.json().get("title").asString()).isEqualTo("Not found");
    }

    @Test
    void onlyAWorkingTokenOpensTheApiAndNoCookieEverDoes() throws Exception {
        TestPerson ana = people.create("Ana");
        ApiClient api = api();
        Answer none = api.get("/api/v1/me", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        Answer wrong = api.get("/api/v1/me", "kt_" + "A".repeat(43));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(api.get("/api/v1/me", "garbage").status()).isEqualTo(401);

        // A signed-in browser's session cookie is not a way in, for reading or for changing.
        HttpAgent browser = signedIn(ana, HttpAgent.FIREFOX_LINUX);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(browser.post("/api/v1/reflections", Map.of("whatHappened", "x")).status()).isEqualTo(401);

        // A read-only token reads and may not change anything.
        String reader = tokens.create(ana.id(), "Reader", EnumSet.of(ApiScope.READ), 7).secret();
        assertThat(api.get("/api/v1/reflections", reader).status()).isEqualTo(200);
        Answer refused = api.post("/api/v1/reflections", reader, Map.of("whatHappened", "x"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("WWW-Authenticate")).contains("insufficient_scope");
        assertThat(api.get("/api/v1/reflections", reader).json().get("total").asInt()).isZero();

        // A token stops at its end date.
        String weekly = tokens.create(ana.id(), "Week", EnumSet.of(ApiScope.READ), 7).secret();
        clock.advance(java.time.Duration.ofDays(7));
        assertThat(api.get("/api/v1/me", weekly).status()).isEqualTo(401);
        clock.reset();

        // A new password ends every token.
        String writer = tokens.create(ana.id(), "Writer", EnumSet.of(ApiScope.WRITE), 30).secret();
        assertThat(api.get("/api/v1/me", writer).status()).isEqualTo(200);
        browser.get("/settings/password");
        HttpAgent.Page changed = browser.post("/settings/password", Map.of("currentPassword", TestAccounts.PASSWORD,
                "newPassword", "another quiet harbour at dusk", "repeatPassword", "another quiet harbour at dusk"));
        assertThat(changed.location()).contains("changed");
        assertThat(api.get("/api/v1/me", writer).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", reader).status()).isEqualTo(401);
    }

    @Test
    void askingToCloseTheAccountStopsEveryTokenAtOnce(@Autowired app.kintsugi.export.AccountDeletions deletions) {
        TestPerson ana = people.create("Ana");
        String token = tokens.create(ana.id(), "Phone", EnumSet.of(ApiScope.READ), 30).secret();
        ApiClient api = api();
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        deletions.request(ana.id());
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(tokens.of(ana.id())).isEmpty();
    }

    @Test
    void aTokenThatSendsTooManyRequestsIsAskedToWaitAndOthersAreNot() {
        TestPerson ana = people.create("Ana");
        String busy = tokens.create(ana.id(), "Busy", EnumSet.of(ApiScope.READ), 7).secret();
        String calm = tokens.create(ana.id(), "Calm", EnumSet.of(ApiScope.READ), 7).secret();
        ApiClient api = api();
        Answer last = null;
        for (int i = 0; i < 400 && (last == null || last.status() == 200); i++) {
            last = api.get("/api/v1/me", busy);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
        assertThat(last.json().get("title").asString()).isEqualTo("A short pause");
        assertThat(api.get("/api/v1/me", calm).status()).isEqualTo(200);
    }

    @Test
    void theTokenPageAsksForThePasswordAndKeepsWhatWasTyped() throws Exception {
        TestPerson ana = people.create("Ana");
        var refused = postAs(ana, "/settings/tokens", Map.of("name", "Mi teléfono 📱", "access", "WRITE", "days", "30",
                "currentPassword", "not the password"));
        String body = org.springframework.web.util.HtmlUtils.htmlUnescape(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(body).contains("Mi teléfono 📱").contains("currentPassword-error");
        assertThat(SECRET.matcher(body).find()).isFalse();
        var empty = postAs(ana, "/settings/tokens", Map.of("name", " ", "access", "NONE", "days", "3",
                "currentPassword", TestAccounts.PASSWORD));
        assertThat(empty.getContentAsString()).contains("name-error").contains("scopes-error").contains("days-error");
        assertThat(tokens.of(ana.id())).isEmpty();
    }
}
