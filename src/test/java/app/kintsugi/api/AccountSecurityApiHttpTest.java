package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.ApiClient;
import app.kintsugi.ApiClient.Answer;
import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import tools.jackson.databind.JsonNode;

/**
 * One's own sessions, second step and closing the account through the API: a browser signed out by
 * its handle and by nobody else, the second step read only, and closing asked for with the password
 * typed again, which stops every token at once.
 */
class AccountSecurityApiHttpTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    private String token(PersonId person) {
        return tokens.create(person, "Phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
    }

    @Test
    void browsersAreListedAndSignedOutOnlyByTheirOwner() {
        TestPerson owner = people.create("Gil");
        TestPerson stranger = people.create("Hal");
        HttpAgent laptop = signedIn(owner, HttpAgent.FIREFOX_LINUX);
        HttpAgent phone = signedIn(owner, HttpAgent.SAFARI_IPHONE);
        String mine = token(owner.id());
        String theirs = token(stranger.id());
        ApiClient api = new ApiClient(port);

        JsonNode overview = api.get("/api/v1/security", mine).json();
        assertThat(overview.get("sessions").size()).isEqualTo(2);
        assertThat(overview.get("sessions").valueStream().map(s -> s.get("browser").asString() + "/" + s.get("system").asString())
                .toList()).containsExactlyInAnyOrder("FIREFOX/LINUX", "SAFARI/IPHONE");
        assertThat(overview.get("secondStep").get("active").asBoolean()).isFalse();
        String handle = overview.get("sessions").valueStream().filter(s -> s.get("system").asString().equals("IPHONE")).findFirst()
                .orElseThrow().get("handle").asString();

        assertThat(api.post("/api/v1/security/sessions/sign-out", theirs, Map.of("handle", handle)).status()).as("not theirs")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/security", theirs).body()).doesNotContain(handle);
        assertThat(phone.get("/settings").status()).as("still signed in").isEqualTo(200);

        Answer out = api.post("/api/v1/security/sessions/sign-out", mine, Map.of("handle", handle));
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(out.json().get("sessions").size()).isEqualTo(1);
        assertThat(phone.get("/settings").status()).as("signed out").isEqualTo(302);
        assertThat(api.post("/api/v1/security/sessions/sign-out", mine, Map.of("handle", handle)).status()).as("gone").isEqualTo(404);

        Answer all = api.post("/api/v1/security/sessions/sign-out-all", mine, null);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("sessions").size()).isZero();
        assertThat(laptop.get("/settings").status()).isEqualTo(302);
        assertThat(api.get("/api/v1/me", mine).status()).as("tokens stay").isEqualTo(200);
    }

    @Test
    void closingTheAccountTakesThePasswordAndCanBeUndone() {
        TestPerson owner = people.create("Iris");
        String token = token(owner.id());
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/account/closing", token).json().get("dueAt").isNull()).isTrue();
        Answer wrong = api.post("/api/v1/account/closing", token, Map.of("password", "not it"), "Accept-Language", "es");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(wrong.json().get("errors").get(0).get("code").asString()).isEqualTo("export.password.wrong");
        assertThat(wrong.json().get("errors").get(0).get("message").asString()).isEqualTo("Esa contraseña no es correcta. Inténtalo de nuevo.");
        assertThat(wrong.body()).doesNotContain("not it");
        assertThat(api.get("/api/v1/account/closing", token).json().get("dueAt").isNull()).as("nothing asked").isTrue();

        Answer asked = api.post("/api/v1/account/closing", token, Map.of("password", TestAccounts.PASSWORD));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().get("dueAt").isNull()).isFalse();
        assertThat(api.get("/api/v1/account/closing", token).status()).as("every token stops at once").isEqualTo(401);

        String again = token(owner.id());
        assertThat(api.get("/api/v1/account/closing", again).json().get("dueAt").asString()).isEqualTo(asked.json().get("dueAt").asString());
        Answer kept = api.delete("/api/v1/account/closing", again);
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/account/closing", again).json().get("dueAt").isNull()).isTrue();
    }
}
