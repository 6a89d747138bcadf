package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.ApiClient;
import app.kintsugi.ApiClient.Answer;
import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.Person;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.counselor.Counselors;
import tools.jackson.databind.JsonNode;

/**
 * The operator's page through the API: a token the operator's own account makes in Settings, the
 * counselor accounts listed, made and decided on with the page's rules, and each kind of account kept
 * to its own routes: a person's token finds no operator route, an operator's token no person's.
 */
class OperatorApiHttpTest extends IntegrationTest {

    private static final Pattern SECRET = Pattern.compile("value=\"(kt_[A-Za-z0-9_-]{43})\"");

    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Counselors counselors;

    private Person operator() {
        return accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Operator", TestAccounts.PASSWORD, "en", "UTC"),
                AccountRole.OPERATOR);
    }

    /** The operator makes a token as anyone does: Settings, Access for apps, the password again. */
    private String tokenFromSettings(Person operator) {
        HttpAgent browser = new HttpAgent(port);
        assertThat(browser.signIn(operator.email(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        assertThat(browser.get("/settings/tokens").status()).isEqualTo(200);
        HttpAgent.Page made = browser.post("/settings/tokens", Map.of("name", "Admin script", "access", "WRITE", "days", "30",
                "currentPassword", TestAccounts.PASSWORD));
        assertThat(made.status()).isEqualTo(200);
        Matcher m = SECRET.matcher(made.body());
        assertThat(m.find()).as("the new token is shown once").isTrue();
        return m.group(1);
    }

    @Test
    void theOperatorListsMakesAndDecidesOnCounselorsWithATokenOfTheirOwn() {
        Person operator = operator();
        String token = tokenFromSettings(operator);
        ApiClient api = new ApiClient(port);
        Person waiting = counselors.register(new NewAccount(TestAccounts.uniqueEmail(), "Dr Waiting", "a long enough password here",
                "en", "UTC"), "Couples therapy in Lyon");

        assertThat(api.get("/api/v1/me", token).json().get("role").asString()).isEqualTo("OPERATOR");
        JsonNode list = api.get("/api/v1/operator/counselors", token).json();
        JsonNode entry = list.get("items").valueStream().filter(c -> c.get("id").asString().equals(waiting.id().value().toString()))
                .findFirst().orElseThrow();
        assertThat(entry.get("status").asString()).isEqualTo("PENDING");
        assertThat(entry.get("practice").asString()).isEqualTo("Couples therapy in Lyon");
        String href = entry.get("href").asString();

        Answer one = api.get(href, token);
        assertThat(one.status()).isEqualTo(200);
        String etag = one.header("ETag");
        assertThat(api.post(href + "/decision", token, Map.of("decision", "APPROVED")).status()).as("without If-Match").isEqualTo(428);
        assertThat(api.post(href + "/decision", token, Map.of("decision", "APPROVED"), "If-Match", "\"99\"").status()).isEqualTo(412);
        Answer wrong = api.post(href + "/decision", token, Map.of("decision", "WITHDRAWN"), "If-Match", etag, "Accept-Language", "es");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("decision");
        assertThat(wrong.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Esta decisión no encaja con el estado actual de la cuenta.");
        Answer approved = api.post(href + "/decision", token, Map.of("decision", "APPROVED"), "If-Match", etag);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.header("ETag")).isNotEqualTo(etag);
        assertThat(api.post(href + "/decision", token, Map.of("decision", "WITHDRAWN"), "If-Match", etag).status()).as("stale")
                .isEqualTo(412);
        assertThat(api.get("/api/v1/operator/counselors/" + java.util.UUID.randomUUID(), token).status()).isEqualTo(404);

        Answer refused = api.post("/api/v1/operator/counselors", token, Map.of("email", "not an address", "displayName", ""),
                "Accept-Language", "es");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .contains("email", "displayName");
        String email = TestAccounts.uniqueEmail();
        Answer made = api.post("/api/v1/operator/counselors", token, Map.of("email", email, "displayName", "Dr New",
                "practice", "Family practice", "language", "es"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.header("Cache-Control")).contains("no-store");
        assertThat(made.json().get("counselor").get("status").asString()).isEqualTo("APPROVED");
        assertThat(made.json().get("firstPassword").asString()).isNotBlank();
        assertThat(made.header("Location")).isEqualTo(made.json().get("counselor").get("href").asString());
        assertThat(api.get("/api/v1/operator/counselors", token).body()).as("the first password is shown once")
                .doesNotContain(made.json().get("firstPassword").asString()).contains(email);
    }

    @Test
    void eachKindOfAccountsTokenFindsOnlyItsOwnRoutes() {
        Person operator = operator();
        String operators = tokens.create(operator.id(), "script", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
        TestPerson ana = people.create("Ana");
        String anas = tokens.create(ana.id(), "phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
        ApiClient api = new ApiClient(port);

        for (String path : new String[] {"/api/v1/operator/counselors", "/api/v1/operator/counselors/" + operator.id().value()}) {
            Answer a = api.get(path, anas);
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.post("/api/v1/operator/counselors", anas, Map.of("email", TestAccounts.uniqueEmail(), "displayName", "X"))
                .status()).isEqualTo(404);
        for (String path : new String[] {"/api/v1/today", "/api/v1/reflections", "/api/v1/space", "/api/v1/notices", "/api/v1/export"}) {
            assertThat(api.get(path, operators).status()).as(path).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/me", operators).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/security", operators).status()).as("how one's own account signs in").isEqualTo(200);
        Answer read = api.get("/api/v1/operator/counselors", operators);
        assertThat(read.status()).isEqualTo(200);
        String readOnly = tokens.create(operator.id(), "read", EnumSet.of(ApiScope.READ), 7).secret();
        assertThat(api.post("/api/v1/operator/counselors", readOnly, Map.of()).status()).isEqualTo(403);
    }
}
