package app.kintsugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
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

/** Moving on through the API: written privately, shared one entry at a time, taken back, deleted; bad input answered per field. */
class MovingOnApiHttpTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void everythingStartsPrivateAndIsSharedAndTakenBackOneEntryAtATime() {
        TestCouples.TestCouple couple = testCouples.of("Ana", Role.HURT_PARTNER, "Ben", Role.BROKE_TRUST);
        String ana = tokens.create(couple.first().id(), "phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
        String ben = tokens.create(couple.second().id(), "phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
        String cleo = tokens.create(testCouples.of("Cleo", "Dan").first().id(), "phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7)
                .secret();
        ApiClient api = new ApiClient(port);

        // Why it happened: the reflection is hers; only its summary can be shared.
        assertThat(api.post("/api/v1/moving-on/why", ana, Map.of()).status()).isEqualTo(422);
        Answer why = api.post("/api/v1/moving-on/why", ana, Map.of("relationship", "ANA-rel <b>bold</b> 🌱", "inMe", "ANA-inme"));
        assertThat(why.status()).as(why.body()).isEqualTo(201);
        String whyPath = why.json().get("href").asString();
        assertThat(why.json().get("relationship").asString()).isEqualTo("ANA-rel <b>bold</b> 🌱");
        assertThat(api.get(whyPath, ben).status()).isEqualTo(404);
        assertThat(api.put(whyPath + "/visibility", ana, Map.of("visibility", "PARTNER")).status()).as("no summary yet").isEqualTo(422);
        assertThat(api.put(whyPath + "/summary", ana, Map.of("summary", "x"), "If-Match", "\"7\"").status()).isEqualTo(412);
        Answer summary = api.put(whyPath + "/summary", ana, Map.of("summary", "ANA-summary"), "If-Match", why.header("ETag"));
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        String summaryPath = summary.json().get("summaryHref").asString();
        assertThat(api.get(summaryPath, ben).status()).isEqualTo(404);
        assertThat(api.put(whyPath + "/visibility", ana, Map.of("visibility", "COUNSELOR")).status()).isEqualTo(422);
        assertThat(api.put(whyPath + "/visibility", ana, Map.of("visibility", "PARTNER")).status()).isEqualTo(200);
        Answer read = api.get(summaryPath, ben);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("ANA-summary").doesNotContain("ANA-rel").doesNotContain("ANA-inme");
        assertThat(api.get("/api/v1/moving-on/shared", ben).body()).contains("ANA-summary").doesNotContain("ANA-rel");
        assertThat(api.get(summaryPath, cleo).status()).isEqualTo(404);
        assertThat(api.delete(whyPath, ben).status()).isEqualTo(404);
        assertThat(api.put(whyPath + "/visibility", ana, Map.of("visibility", "PRIVATE")).status()).isEqualTo(200);
        assertThat(api.get(summaryPath, ben).status()).isEqualTo(404);

        // Forgiveness: the history is hers; a position shown is the position and its date.
        assertThat(api.get("/api/v1/moving-on/forgiveness", ben).status()).as("not meant for the partner who broke trust").isEqualTo(404);
        Answer bad = api.post("/api/v1/moving-on/forgiveness", ana, Map.of("position", "LATER", "note", "n".repeat(2001)));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("position").contains("note");
        Answer mark = api.post("/api/v1/moving-on/forgiveness", ana, Map.of("position", "WONDERING", "note", "ANA-note"));
        assertThat(mark.status()).as(mark.body()).isEqualTo(201);
        String markPath = mark.json().get("href").asString();
        assertThat(api.put(markPath + "/visibility", ana, Map.of("visibility", "PARTNER")).json().get("sharedNow").asBoolean()).isTrue();
        Answer shared = api.get("/api/v1/moving-on/shared", ben);
        assertThat(shared.json().get("positions").get(0).get("position").asString()).isEqualTo("WONDERING");
        assertThat(shared.body()).doesNotContain("ANA-note");
        assertThat(api.get(markPath, ben).status()).isEqualTo(404);
        assertThat(api.delete(markPath, ana).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/moving-on/shared", ben).json().get("positions").size()).isZero();

        // Letters: private, shared one at a time, taken back, deleted.
        Map<String, Object> tooLong = new HashMap<>();
        tooLong.put("to", "PARTNER");
        tooLong.put("text", "é".repeat(20_001));
        assertThat(api.post("/api/v1/moving-on/letters", ben, tooLong).status()).isEqualTo(422);
        Answer letter = api.post("/api/v1/moving-on/letters", ben, Map.of("to", "PARTNER", "text", "BEN-letter"));
        assertThat(letter.status()).as(letter.body()).isEqualTo(201);
        String letterPath = letter.json().get("href").asString();
        assertThat(api.get(letterPath, ana).status()).isEqualTo(404);
        api.put(letterPath + "/visibility", ben, Map.of("visibility", "PARTNER"));
        assertThat(api.get(letterPath, ana).json().get("text").asString()).isEqualTo("BEN-letter");
        assertThat(api.put(letterPath, ana, Map.of("to", "PARTNER", "text", "x"), "If-Match", "\"2\"").status()).isEqualTo(404);
        Answer changed = api.put(letterPath, ben, Map.of("to", "MYSELF", "text", "BEN-letter changed"), "If-Match",
                api.get(letterPath, ben).header("ETag"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.delete(letterPath, ben).status()).isEqualTo(204);
        assertThat(api.get(letterPath, ana).status()).isEqualTo(404);

        // Accountable writing: his alone, never shared.
        assertThat(api.get("/api/v1/moving-on/accountable", ana).status()).isEqualTo(404);
        Answer acc = api.post("/api/v1/moving-on/accountable", ben, Map.of("did", "BEN-did", "stillOwe", "BEN-owe"));
        assertThat(acc.status()).as(acc.body()).isEqualTo(201);
        String accPath = acc.json().get("href").asString();
        assertThat(api.get(accPath, ana).status()).isEqualTo(404);
        assertThat(api.put(accPath, ben, Map.of("did", "BEN-did again"), "If-Match", acc.header("ETag")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/moving-on/accountable", ben).body()).contains("BEN-did again");
        assertThat(api.delete(accPath, ben).status()).isEqualTo(204);
    }
}
