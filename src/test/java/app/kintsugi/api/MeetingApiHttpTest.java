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
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.TestCouples.TestCouple;
import tools.jackson.databind.JsonNode;

/**
 * State of Us through the API with two partners' tokens: a time proposed and agreed, each one's
 * preparation kept from the other until the meeting starts, a need made a commitment, the meeting
 * closed and found in the history; stale changes refused, problems named in the caller's language, and
 * nothing of the couple's reaching anyone else.
 */
class MeetingApiHttpTest extends IntegrationTest {

    private static final String WORDS = "You made <b>dinner</b> on Tuesday — “gracias” 💬";

    @Autowired
    ApiTokens tokens;

    private String token(PersonId person) {
        return tokens.create(person, "Phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
    }

    @Test
    void twoPartnersAgreeATimePrepareAloneMeetAndFindItInTheHistory() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        TestCouple others = testCouples.of("Cleo", "Dan");
        String cleo = token(others.first().id());
        String alone = token(people.create("Eve").id());
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/meeting", alone).status()).as("no partner, no meeting").isEqualTo(404);
        assertThat(api.get("/api/v1/meeting/time", ana).status()).as("nobody proposed one yet").isEqualTo(404);
        assertThat(api.put("/api/v1/meeting/time", ana, Map.of("weekday", "SUNDAY", "time", "19:00")).status()).isEqualTo(428);
        Answer bad = api.put("/api/v1/meeting/time", ana, Map.of("weekday", "FUNDAY", "time", "19:00"), "If-Match", "\"-1\"",
                "Accept-Language", "es");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("weekday");
        assertThat(bad.json().get("errors").get(0).get("message").asString()).isEqualTo("Elige un día.");
        Answer proposed = api.put("/api/v1/meeting/time", ana, Map.of("weekday", "SUNDAY", "time", "19:00"), "If-Match", "\"-1\"");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().get("proposedByMe").asBoolean()).isTrue();

        Answer bensTime = api.get("/api/v1/meeting/time", ben);
        assertThat(bensTime.json().get("agreed").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/meeting/time/accept", ben, null, "If-Match", "\"9\"").status()).as("stale").isEqualTo(412);
        Answer agreed = api.post("/api/v1/meeting/time/accept", ben, null, "If-Match", bensTime.header("ETag"));
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        assertThat(agreed.json().get("agreed").asBoolean()).isTrue();

        Answer empty = api.put("/api/v1/meeting/preparation", ana, Map.of("wentWell", " "), "If-Match", "\"-1\"");
        assertThat(empty.status()).isEqualTo(422);
        Answer prepared = api.put("/api/v1/meeting/preparation", ana, Map.of("wentWell", WORDS, "talkAbout", "Weekends",
                "need", "A walk together on Saturday"), "If-Match", api.get("/api/v1/meeting/preparation", ana).header("ETag"));
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(200);
        assertThat(api.put("/api/v1/meeting/preparation", ana, Map.of("wentWell", "late"), "If-Match", "\"-1\"").status()).as("stale")
                .isEqualTo(412);

        JsonNode bens = api.get("/api/v1/meeting", ben).json();
        assertThat(bens.get("theirs").isNull()).as("hers until the meeting starts").isTrue();
        assertThat(api.get("/api/v1/meeting", ben).body()).doesNotContain("dinner").doesNotContain("Weekends");
        Answer notStarted = api.post("/api/v1/meeting/held", ben, null, "Accept-Language", "es");
        assertThat(notStarted.status()).isEqualTo(422);
        assertThat(notStarted.json().get("errors").get(0).get("message").asString()).isEqualTo("Empezad primero vuestra reunión juntos.");

        Answer started = api.post("/api/v1/meeting/start", ana, null);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("started").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/meeting", ben).json().get("theirs").get("wentWell").asString()).as("as written").isEqualTo(WORDS);

        Answer need = api.post("/api/v1/meeting/need", ana, null);
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        assertThat(need.header("Location")).startsWith("/api/v1/commitments/");
        assertThat(need.json().get("commitment").asString()).isEqualTo(need.header("Location"));
        assertThat(api.get(need.header("Location"), ben).status()).as("shared with him").isEqualTo(200);
        assertThat(api.post("/api/v1/meeting/need", ana, null).status()).as("once").isEqualTo(422);

        Answer held = api.post("/api/v1/meeting/held", ben, null);
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("held").asBoolean()).isTrue();
        JsonNode history = api.get("/api/v1/meeting/history", ana).json();
        assertThat(history.get("items").get(0).get("held").asBoolean()).isTrue();
        assertThat(history.get("items").get(0).get("mine").get("wentWell").asString()).isEqualTo(WORDS);
        assertThat(api.get("/api/v1/meeting/history", ben).json().get("items").get(0).get("theirs").get("need").asString())
                .isEqualTo("A walk together on Saturday");

        for (String path : new String[] {"/api/v1/meeting", "/api/v1/meeting/history", "/api/v1/meeting/preparation"}) {
            assertThat(api.get(path, cleo).body()).as(path).doesNotContain("dinner").doesNotContain("Saturday");
        }
        assertThat(api.get("/api/v1/meeting/time", cleo).status()).as("their own space has no time").isEqualTo(404);
    }
}
