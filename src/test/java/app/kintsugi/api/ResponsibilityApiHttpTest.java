package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.ApiClient;
import app.kintsugi.ApiClient.Answer;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples;

/** Step 1 through the API: an own-part reflection shared when ready, an apology drafted with hints, sent and answered. */
class ResponsibilityApiHttpTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void anOwnPartIsSharedWhenReadyAndAnApologyIsDraftedSentAndAnswered() {
        TestCouples.TestCouple couple = testCouples.of("Ana", Role.BROKE_TRUST, "Ben", Role.HURT_PARTNER);
        String ana = tokens.create(couple.first().id(), "phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
        String ben = tokens.create(couple.second().id(), "phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
        ApiClient api = new ApiClient(port);

        Answer own = api.post("/api/v1/own-role", ana, Map.of("actions", "I lied for months.", "hurt", "You doubted yourself."));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        String ownPath = own.json().get("href").asString();
        assertThat(api.get(ownPath, ben).status()).as("private until shared").isEqualTo(404);
        assertThat(api.put(ownPath, ana, Map.of("actions", "x"), "If-Match", "\"7\"").status()).isEqualTo(412);
        assertThat(api.put(ownPath + "/visibility", ana, Map.of("visibility", "PARTNER")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/own-role", ben).json().get("sharedWithMe").get(0).get("actions").asString())
                .isEqualTo("I lied for months.");
        assertThat(api.post("/api/v1/own-role", ana, Map.of()).status()).isEqualTo(422);

        Answer draft = api.post("/api/v1/apologies", ana, Map.of("text", "I'm sorry if you were hurt."));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().get("patternsFound").size()).as("the coach notices a conditional apology").isPositive();
        String apology = draft.json().get("href").asString();
        assertThat(api.get(apology, ben).status()).as("a draft is the author's alone").isEqualTo(404);
        Answer better = api.put(apology, ana, Map.of("text", "I'm sorry I lied to you. It was wrong, and I will answer every question."),
                "If-Match", draft.header("ETag"));
        assertThat(better.status()).as(better.body()).isEqualTo(200);
        assertThat(api.post(apology + "/send", ana, null, "If-Match", draft.header("ETag")).status()).as("stale").isEqualTo(412);
        Answer sent = api.post(apology + "/send", ana, null, "If-Match", better.header("ETag"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("status").asString()).isEqualTo("SENT");

        Answer received = api.get(apology, ben);
        assertThat(received.json().get("text").asString()).startsWith("I'm sorry I lied");
        assertThat(received.json().get("patternsFound").size()).as("hints are the writer's only").isZero();
        Answer answered = api.post(apology + "/answer", ben, Map.of("answer", "PARTLY", "note", "I need time.", "noteVisibility", "PARTNER"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(api.get(apology, ana).json().get("answer").get("note").asString()).isEqualTo("I need time.");
        assertThat(api.delete(apology, ana).status()).as("a sent apology stays").isNotEqualTo(204);
        assertThat(api.get("/api/v1/apologies", ana).json().get("mine").size()).isEqualTo(1);
    }
}
