package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.ApiClient;
import app.kintsugi.ApiClient.Answer;
import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import tools.jackson.databind.JsonNode;

/**
 * The second sign-in step through the API, with the page's rules: the password typed again for every
 * change, the key and the recovery codes answered once and never cached, no cookie and no browser
 * kept, field errors in the caller's language, and nobody reaching another person's passkeys.
 */
class TwoStepApiHttpTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    SecondFactors factors;
    @Autowired
    Accounts accounts;

    private String token(PersonId person, ApiScope... scopes) {
        return tokens.create(person, "Phone", EnumSet.copyOf(List.of(scopes)), 7).secret();
    }

    private static List<String> codes(Answer a) {
        List<String> out = new ArrayList<>();
        a.json().get("codes").valueStream().forEach(c -> out.add(c.asString()));
        return out;
    }

    private static void refusedField(Answer a, String field, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = a.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("code").asString()).isEqualTo(code);
    }

    @Test
    void theAppIsSetUpConfirmedRenewedAndTurnedOffWithThePasswordTypedAgain() {
        TestPerson owner = people.create("Ines");
        HttpAgent laptop = signedIn(owner, HttpAgent.FIREFOX_LINUX);
        String mine = token(owner.id(), ApiScope.READ, ApiScope.WRITE);
        String readOnly = token(owner.id(), ApiScope.READ);
        ApiClient api = new ApiClient(port);

        JsonNode before = api.get("/api/v1/security/app", mine).json();
        assertThat(before.get("on").asBoolean()).isFalse();
        assertThat(before.get("settingUp").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/security/app/setup", readOnly, Map.of("currentPassword", TestAccounts.PASSWORD)).status())
                .isEqualTo(403);

        Answer wrong = api.post("/api/v1/security/app/setup", mine, Map.of("currentPassword", "not my password"), "Accept-Language", "es");
        refusedField(wrong, "currentPassword", "password.current.wrong");
        assertThat(wrong.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Esa no es tu contraseña actual. Inténtalo de nuevo.");
        assertThat(wrong.body()).doesNotContain("not my password");
        assertThat(api.get("/api/v1/security/app", mine).json().get("settingUp").asBoolean()).as("nothing started").isFalse();

        Answer key = api.post("/api/v1/security/app/setup", mine, Map.of("currentPassword", TestAccounts.PASSWORD));
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        assertThat(key.header("Cache-Control")).contains("no-store");
        assertThat(key.header("Set-Cookie")).isNull();
        String secret = key.json().get("secret").asString();
        assertThat(key.json().get("uri").asString()).startsWith("otpauth://totp/").contains("secret=" + secret);
        JsonNode pending = api.get("/api/v1/security/app", mine).json();
        assertThat(pending.get("settingUp").asBoolean()).isTrue();
        assertThat(pending.get("on").asBoolean()).as("not before the first code").isFalse();
        assertThat(pending.toString()).as("the key is shown once").doesNotContain(secret);

        Answer shape = api.post("/api/v1/security/app/confirm", mine, Map.of("code", "12"), "Accept-Language", "es");
        refusedField(shape, "code", "twoStep.code.shape");
        assertThat(shape.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Escribe las seis cifras que muestra tu app, por favor.");
        assertThat(laptop.get("/settings").status()).as("still signed in").isEqualTo(200);

        Answer on = api.post("/api/v1/security/app/confirm", mine, Map.of("code", TestCodes.codeNow(secret, clock)));
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.header("Cache-Control")).contains("no-store");
        assertThat(on.header("Set-Cookie")).as("no browser is remembered through the API").isNull();
        List<String> first = codes(on);
        assertThat(first).hasSize(10);
        assertThat(factors.status(owner.id()).app()).isTrue();
        assertThat(laptop.get("/settings").status()).as("a browser that signed in with the password alone is out").isEqualTo(302);
        JsonNode status = api.get("/api/v1/security/app", mine).json();
        assertThat(status.get("on").asBoolean()).isTrue();
        assertThat(status.get("since").isNull()).isFalse();
        assertThat(status.get("recoveryCodesLeft").asInt()).isEqualTo(10);
        assertThat(api.post("/api/v1/security/app/setup", mine, Map.of("currentPassword", TestAccounts.PASSWORD)).json()
                .get("errors").get(0).get("code").asString()).isEqualTo("twoStep.alreadyOn");

        refusedField(api.post("/api/v1/security/recovery-codes", mine, Map.of("currentPassword", "nope")), "currentPassword",
                "password.current.wrong");
        Answer renewed = api.post("/api/v1/security/recovery-codes", mine, Map.of("currentPassword", TestAccounts.PASSWORD));
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.header("Cache-Control")).contains("no-store");
        assertThat(codes(renewed)).hasSize(10).doesNotContainAnyElementsOf(first);

        refusedField(api.post("/api/v1/security/app/turn-off", mine, Map.of()), "currentPassword", "password.current.wrong");
        assertThat(factors.status(owner.id()).app()).as("still on").isTrue();
        Answer off = api.post("/api/v1/security/app/turn-off", mine, Map.of("currentPassword", TestAccounts.PASSWORD));
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().get("on").asBoolean()).isFalse();
        assertThat(off.json().get("recoveryCodesLeft").asInt()).isZero();
        assertThat(api.get("/api/v1/me", mine).status()).as("tokens stay").isEqualTo(200);
        refusedField(api.post("/api/v1/security/recovery-codes", mine, Map.of("currentPassword", TestAccounts.PASSWORD)),
                "currentPassword", "twoStep.notOn");
    }

    @Test
    void passkeysAreListedAndRemovedOnlyByTheirOwner() {
        TestPerson owner = people.create("Jon");
        TestPerson stranger = people.create("Kim");
        HttpAgent own = signedIn(owner, HttpAgent.FIREFOX_LINUX);
        own.get("/settings/security");
        own.post("/settings/security/passkeys/start", Map.of("currentPassword", TestAccounts.PASSWORD));
        HttpAgent.Page options = own.post("/settings/security/passkeys/options", Map.of());
        assertThat(options.status()).isEqualTo(200);
        SoftPasskey passkey = new SoftPasskey("http://localhost:" + port);
        assertThat(own.post("/settings/security/passkeys", Map.of("credential", passkey.create(options.body()))).status()).isEqualTo(200);
        String mine = token(owner.id(), ApiScope.READ, ApiScope.WRITE);
        String theirs = token(stranger.id(), ApiScope.READ, ApiScope.WRITE);
        ApiClient api = new ApiClient(port);

        JsonNode list = api.get("/api/v1/security/passkeys", mine).json();
        assertThat(list.size()).isOne();
        assertThat(list.get(0).get("id").asString()).isEqualTo(passkey.id());
        assertThat(list.get(0).get("browser").asString()).isEqualTo("FIREFOX");
        assertThat(list.get(0).get("system").asString()).isEqualTo("LINUX");
        assertThat(api.get("/api/v1/security/passkeys", theirs).json().size()).isZero();
        assertThat(api.get("/api/v1/security/app", mine).json().get("passkeys").asInt()).isOne();

        Answer notTheirs = api.post("/api/v1/security/passkeys/remove", theirs,
                Map.of("passkey", passkey.id(), "currentPassword", TestAccounts.PASSWORD));
        assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(404);
        assertThat(notTheirs.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/security/passkeys/remove", mine, Map.of("passkey", "no-such-passkey", "currentPassword",
                TestAccounts.PASSWORD)).status()).as("the same as one that does not exist").isEqualTo(404);
        refusedField(api.post("/api/v1/security/passkeys/remove", mine, Map.of("passkey", passkey.id(), "currentPassword", "nope")),
                "currentPassword", "password.current.wrong");
        assertThat(factors.status(owner.id()).passkeys()).isOne();

        Answer removed = api.post("/api/v1/security/passkeys/remove", mine,
                Map.of("passkey", passkey.id(), "currentPassword", TestAccounts.PASSWORD));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().size()).isZero();
        assertThat(factors.status(owner.id()).active()).isFalse();
    }

    @Test
    void everyKindOfAccountHasItsOwnSecondStep() {
        var operator = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Operator", TestAccounts.PASSWORD, "en", "UTC"),
                AccountRole.OPERATOR);
        String token = token(operator.id(), ApiScope.READ, ApiScope.WRITE);
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/security/app", token).json().get("on").asBoolean()).isFalse();
        Answer key = api.post("/api/v1/security/app/setup", token, Map.of("currentPassword", TestAccounts.PASSWORD));
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        Answer on = api.post("/api/v1/security/app/confirm", token, Map.of("code", TestCodes.codeNow(key.json().get("secret").asString(),
                clock)));
        assertThat(codes(on)).hasSize(10);
        assertThat(factors.status(operator.id()).app()).isTrue();
    }
}
