package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * Each person's own notices and reminders, the history of what the partner did, the realistic
 * expectations and the couple's timeline through the API: choices checked field by field in the
 * caller's language, a stale save refused, and a private entry answering the partner as if it did not
 * exist.
 */
class SettingsApiHttpTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    private String token(PersonId person) {
        return tokens.create(person, "Phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
    }

    private static Map<String, Object> choices(String quietFrom, String delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerNews", true);
        body.put("quietHours", true);
        body.put("quietFrom", quietFrom);
        body.put("quietUntil", "07:00");
        body.put("delivery", delivery);
        body.put("dailyAt", "08:30");
        body.put("reminders", true);
        body.put("remindAt", "19:00");
        body.put("weeklyDay", "SUNDAY");
        body.put("conversationBefore", true);
        body.put("look", "NOTIFICATIONS");
        return body;
    }

    @Test
    void eachChoosesTheirOwnNoticesAndCalendarAddress() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        ApiClient api = new ApiClient(port);
        String bensBefore = api.get("/api/v1/notices", ben).body();

        Answer read = api.get("/api/v1/notices", ana);
        assertThat(read.json().get("partnerNews").asBoolean()).as("off until chosen").isFalse();
        assertThat(api.put("/api/v1/notices", ana, choices("22:00", "DAILY")).status()).isEqualTo(428);
        Answer bad = api.put("/api/v1/notices", ana, choices("late", "SOMETIMES"), "If-Match", read.header("ETag"), "Accept-Language", "es");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("delivery", "quietFrom");
        assertThat(bad.json().get("errors").get(1).get("message").asString()).isEqualTo("Escribe una hora, por ejemplo 22:00.");
        assertThat(api.get("/api/v1/notices", ana).json().get("partnerNews").asBoolean()).as("nothing saved").isFalse();

        Answer saved = api.put("/api/v1/notices", ana, choices("22:00", "DAILY"), "If-Match", read.header("ETag"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode c = saved.json();
        assertThat(c.get("partnerNews").asBoolean()).isTrue();
        assertThat(c.get("delivery").asString()).isEqualTo("DAILY");
        assertThat(c.get("quietFrom").asString()).startsWith("22:00");
        assertThat(c.get("weeklyDay").asString()).isEqualTo("SUNDAY");
        assertThat(c.get("look").asString()).isEqualTo("NOTIFICATIONS");
        assertThat(api.put("/api/v1/notices", ana, choices("23:00", "NOW"), "If-Match", read.header("ETag")).status()).as("stale")
                .isEqualTo(412);

        Answer calendar = api.post("/api/v1/notices/calendar", ana, null);
        assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
        assertThat(calendar.json().get("address").asString()).contains("/calendar/").endsWith(".ics");
        assertThat(api.get("/api/v1/notices", ana).json().get("calendar").asBoolean()).isTrue();
        assertThat(api.delete("/api/v1/notices/calendar", ana).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/notices", ana).json().get("calendar").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/notices/confirmation", ana, null).status()).isEqualTo(202);

        assertThat(api.get("/api/v1/notices", ben).body()).as("his own, untouched").isEqualTo(bensBefore);
    }

    @Test
    void whatThePartnerDidStaysInTheHistory() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/today/history", ben).json().get("total").asInt()).isZero();
        assertThat(api.post("/api/v1/appreciations", ana, Map.of("text", "Thank you for the walk")).status()).isEqualTo(201);
        api.get("/api/v1/today", ben);
        JsonNode history = api.get("/api/v1/today/history", ben, "Accept-Language", "es").json();
        assertThat(history.get("total").asInt()).isEqualTo(1);
        JsonNode line = history.get("items").get(0);
        assertThat(line.get("unopened").asBoolean()).isTrue();
        assertThat(line.get("text").asString()).contains("Ana").doesNotContain("walk");
        assertThat(api.get("/api/v1/today/history", ana).json().get("total").asInt()).as("his, not hers").isZero();
    }

    @Test
    void theExpectationsAreReadAndTheTimelineKeepsPrivateEntriesPrivate() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        ApiClient api = new ApiClient(port);

        JsonNode en = api.get("/api/v1/expectations", ana).json();
        JsonNode es = api.get("/api/v1/expectations", ana, "Accept-Language", "es").json();
        assertThat(en.get("sections").size()).isPositive().isEqualTo(es.get("sections").size());
        assertThat(es.get("title").asString()).isNotBlank().isNotEqualTo(en.get("title").asString());

        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Pacific/Kiritimati")));
        Answer bad = api.post("/api/v1/timeline", ana, Map.of("kind", "TRIUMPH", "on", today.plusDays(3).toString(), "title", "x",
                "visibility", "PRIVATE"), "Accept-Language", "es");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString() + "=" + e.get("message").asString()).toList())
                .containsExactly("kind=Elige si es un logro o un retroceso.", "on=Elige hoy o un día pasado.");

        Answer added = api.post("/api/v1/timeline", ana, Map.of("kind", "MILESTONE", "on", today.minusDays(7).toString(),
                "title", "First honest talk", "note", "Long, and kind", "visibility", "PRIVATE"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String path = added.json().get("href").asString();
        assertThat(added.header("Location")).isEqualTo(path);
        assertThat(api.get("/api/v1/timeline", ben).body()).doesNotContain("First honest talk");
        assertThat(api.get(path, ben).status()).isEqualTo(404);
        assertThat(api.delete(path, ben).status()).isEqualTo(404);

        Answer shared = api.put(path + "/visibility", ana, Map.of("visibility", "PARTNER"));
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        JsonNode bens = api.get("/api/v1/timeline", ben).json().get("items").get(0);
        assertThat(bens.get("title").asString()).isEqualTo("First honest talk");
        assertThat(bens.get("mine").asBoolean()).isFalse();
        assertThat(bens.get("href").isNull()).as("hers to change").isTrue();
        assertThat(api.put(path + "/visibility", ben, Map.of("visibility", "PRIVATE")).status()).isEqualTo(404);
        assertThat(api.delete(path, ana).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/timeline", ben).json().get("total").asInt()).isZero();
    }
}
