package app.kintsugi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.kintsugi.ApiClient;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.couple.TestCouples;

/**
 * What the API stores and tells: every text written through it is sealed in the database, no text
 * and no token reaches the log, and the partner's answers are the same to the byte whether the other
 * has written nothing private or a great deal.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiPrivacyHttpTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    DataSource dataSource;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static String token(ApiTokens tokens, app.kintsugi.account.PersonId person) {
        return tokens.create(person, "test", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7).secret();
    }

    @Test
    void whatIsWrittenThroughTheApiIsSealedAndNeverLogged(CapturedOutput output) throws Exception {
        TestCouples.TestCouple couple = testCouples.of("Ana", "Ben");
        String marker = "api-marker-" + UUID.randomUUID().toString().substring(0, 8);
        ApiTokens.Created named = tokens.create(couple.first().id(), marker + "-token-name", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 7);
        String ana = named.secret();
        String ben = token(tokens, couple.second().id());
        ApiClient api = new ApiClient(port);

        var written = api.post("/api/v1/reflections", ana, Map.of("title", marker + "-title", "whatHappened", marker + "-what",
                "violations", marker + "-violations", "impact", marker + "-impact"));
        assertThat(written.status()).isEqualTo(201);
        var asked = api.post("/api/v1/questions", ben, Map.of("text", marker + "-question"));
        String question = asked.json().get("first").get("href").asString();
        api.post(question + "/responses", ana, Map.of("kind", "ANSWER", "text", marker + "-answer"), "If-Match", asked.header("ETag"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid")));
        var promised = api.post("/api/v1/commitments", ana, Map.of("text", marker + "-commitment", "kind", "DAILY",
                "start", today.toString(), "visibility", "PARTNER"));
        api.post(promised.json().get("href").asString() + "/check-ins", ana, Map.of("day", today.toString(), "outcome", "PARTLY",
                "note", marker + "-check-in"));
        assertThat(api.get(question, ben).body()).contains(marker + "-answer");

        List<String> secrets = List.of(marker + "-token-name", marker + "-title", marker + "-what", marker + "-violations",
                marker + "-impact", marker + "-question", marker + "-answer", marker + "-commitment", marker + "-check-in");
        assertThat(EncryptionAtRestTest.columnsHolding(dataSource, secrets)).as("columns holding plaintext").isEmpty();
        assertThat(EncryptionAtRestTest.columnsHolding(dataSource, List.of(ana.substring(3), ben.substring(3))))
                .as("columns holding a token itself").isEmpty();
        for (String secret : secrets) {
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
        }
        assertThat(output.getAll()).as("the log").doesNotContain(ana.substring(3)).doesNotContain(ben.substring(3));
    }

    @Test
    void thePartnersAnswersAreTheSameWhetherTheOtherHasNothingPrivateOrMuch() {
        TestCouples.TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(tokens, couple.first().id());
        String ben = token(tokens, couple.second().id());
        ApiClient api = new ApiClient(port);
        List<String> lists = new ArrayList<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                // The export lists, among Ben's own events, the export before it: it never reads the same twice.
                if (pattern.startsWith("/api/") && !pattern.contains("{") && !pattern.equals("/api/v1/export")
                        && (info.getMethodsCondition().getMethods().isEmpty()
                                || info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET))) {
                    lists.add(pattern);
                }
            }
        }
        assertThat(lists).contains("/api/v1/reflections", "/api/v1/today", "/api/v1/questions", "/api/v1/commitments");
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : lists) {
            before.put(path, api.get(path, ben).body());
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid")));
        for (int i = 0; i < 12; i++) {
            assertThat(api.post("/api/v1/reflections", ana, Map.of("title", "private " + i, "whatHappened", "only mine " + i)).status())
                    .isEqualTo(201);
            assertThat(api.post("/api/v1/commitments", ana, Map.of("text", "private promise " + i, "kind", "DAILY",
                    "start", today.toString(), "visibility", "PRIVATE")).status()).isEqualTo(201);
        }
        for (String path : lists) {
            assertThat(api.get(path, ben).body()).as(path).isEqualTo(before.get(path));
        }
        assertThat(api.get("/api/v1/export", ben).body()).doesNotContain("only mine").doesNotContain("private promise");
    }
}
