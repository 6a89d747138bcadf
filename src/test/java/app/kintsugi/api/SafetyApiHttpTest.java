package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.ApiClient;
import app.kintsugi.ApiClient.Answer;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.TestCouples.TestCouple;
import tools.jackson.databind.JsonNode;

/**
 * The private safety check through the API: answered and read by its own person only, in their language;
 * a concerning result points to help, and the partner's answers do not change by a byte.
 */
class SafetyApiHttpTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    private String token(PersonId person) {
        return tokens.create(person, "Phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
    }

    private static Map<String, String> all(String answer) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String q : new String[] {"AFRAID", "HURT", "THREATENED", "INSULTED", "CONTROLLED"}) {
            answers.put(q, answer);
        }
        return answers;
    }

    @Test
    void eachAnswersTheCheckPrivatelyAndReadsOnlyTheirOwnResult() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        ApiClient api = new ApiClient(port);

        JsonNode form = api.get("/api/v1/safety", ana, "Accept-Language", "es").json();
        assertThat(form.get("questions").size()).isEqualTo(5);
        assertThat(form.get("questions").get(0).get("id").asString()).isEqualTo("AFRAID");
        assertThat(form.get("questions").get(0).get("text").asString()).isNotBlank().doesNotStartWith("safety.");
        assertThat(form.get("lastTakenAt").isNull()).isTrue();
        assertThat(api.get("/api/v1/safety/result", ana).json().get("outcome").asString()).isEqualTo("NOT_TAKEN");

        String bensResult = api.get("/api/v1/safety/result", ben).body();
        String bensForm = api.get("/api/v1/safety", ben).body();

        Map<String, String> partly = all("NEVER");
        partly.remove("HURT");
        partly.put("THREATENED", "MAYBE");
        Answer incomplete = api.post("/api/v1/safety", ana, Map.of("answers", partly), "Accept-Language", "es");
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(422);
        assertThat(incomplete.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("answers[HURT]", "answers[THREATENED]");
        assertThat(incomplete.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Elige una respuesta. “Prefiero no decirlo” también vale.");
        assertThat(api.get("/api/v1/safety/result", ana).json().get("outcome").asString()).as("nothing stored").isEqualTo("NOT_TAKEN");

        Map<String, String> afraid = all("NEVER");
        afraid.put("AFRAID", "SOMETIMES");
        Answer concerning = api.post("/api/v1/safety", ana, Map.of("answers", afraid));
        assertThat(concerning.status()).as(concerning.body()).isEqualTo(201);
        assertThat(concerning.json().get("outcome").asString()).isEqualTo("CONCERNING");
        assertThat(concerning.json().get("readyForJointWork").asBoolean()).isFalse();
        assertThat(concerning.json().get("resources").get("urgent").size()).as("where to find help").isPositive();
        JsonNode result = api.get("/api/v1/safety/result", ana).json();
        assertThat(result.get("outcome").asString()).isEqualTo("CONCERNING");
        assertThat(result.get("takenAt").isNull()).isFalse();

        // Nothing of it reaches the partner: their answers are the same to the byte.
        assertThat(api.get("/api/v1/safety/result", ben).body()).isEqualTo(bensResult);
        assertThat(api.get("/api/v1/safety", ben).body()).isEqualTo(bensForm);

        Answer clear = api.post("/api/v1/safety", ana, Map.of("answers", all("RATHER_NOT_SAY")));
        assertThat(clear.json().get("outcome").asString()).isEqualTo("CLEAR");
        assertThat(clear.json().get("resources").isNull()).isTrue();
        assertThat(api.get("/api/v1/safety/resources", ben).json().get("urgent").size()).isPositive();
        assertThat(api.get("/api/v1/safety/resources?region=nowhere", ben).status()).isEqualTo(200);
    }
}
