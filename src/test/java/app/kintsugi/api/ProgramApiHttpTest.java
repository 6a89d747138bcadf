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
import app.kintsugi.couple.TestCouples;
import tools.jackson.databind.JsonNode;

/** The program through the API: steps in the asked language, progress marked by hand, a private notepad. */
class ProgramApiHttpTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void theStepsComeInTheAskedLanguageAndProgressAndNotesAreEachPersonsOwn() {
        TestCouples.TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = tokens.create(couple.first().id(), "phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
        String ben = tokens.create(couple.second().id(), "phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
        ApiClient api = new ApiClient(port);

        JsonNode en = api.get("/api/v1/program", ana).json().get("steps");
        JsonNode es = api.get("/api/v1/program", ana, "Accept-Language", "es").json().get("steps");
        assertThat(en.size()).isGreaterThanOrEqualTo(6).isEqualTo(es.size());
        assertThat(en.get(0).get("title").asString()).isNotEqualTo(es.get(0).get("title").asString());
        JsonNode exercise = en.get(0).get("exercises").get(0);
        String id = exercise.get("id").asString();
        assertThat(exercise.get("status").asString()).isEqualTo("NOT_STARTED");

        assertThat(api.post("/api/v1/program/exercises/" + id + "/complete", ana, null).json().get("status").asString())
                .isEqualTo("COMPLETED");
        assertThat(api.get("/api/v1/program", ben).json().get("steps").get(0).get("exercises").get(0).get("status").asString())
                .as("the partner's progress is their own").isEqualTo("NOT_STARTED");
        assertThat(api.post("/api/v1/program/exercises/no.such/start", ana, null).status()).isEqualTo(404);

        String note = exercise.get("href").asString();
        Answer empty = api.get(note, ana);
        Answer written = api.put(note, ana, Map.of("text", "Only for me: what I noticed today."), "If-Match", empty.header("ETag"));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(api.put(note, ana, Map.of("text", "late"), "If-Match", empty.header("ETag")).status()).isEqualTo(412);
        assertThat(api.get(note, ana).json().get("text").asString()).isEqualTo("Only for me: what I noticed today.");
        assertThat(api.get(note, ben).body()).doesNotContain("Only for me");
        assertThat(api.put(note, ana, Map.of("text", "x".repeat(10_001)), "If-Match", written.header("ETag")).status()).isEqualTo(422);
    }
}
