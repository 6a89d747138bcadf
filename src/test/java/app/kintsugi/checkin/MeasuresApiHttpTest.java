package app.kintsugi.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import app.kintsugi.ApiClient;
import app.kintsugi.ApiClient.Answer;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import tools.jackson.databind.JsonNode;

/**
 * Measures through the API, and the FHIR R4 downloads checked against the R4 JSON schema HL7
 * publishes (fhir.schema.json, kept gzipped in the test resources).
 */
class MeasuresApiHttpTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    private String token(PersonId person) {
        return tokens.create(person, "Phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 90).secret();
    }

    static Schema fhirSchema() throws Exception {
        try (InputStream in = new GZIPInputStream(MeasuresApiHttpTest.class.getResourceAsStream("/fhir/fhir.schema.json.gz"))) {
            // The file names itself with draft-04's "id" and carries an OpenAPI "discriminator" beside its
            // draft-06 "$schema"; neither constrains anything, and the validator refuses to guess at them.
            tools.jackson.databind.node.ObjectNode root = (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper
                    .builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            root.remove("id");
            root.remove("discriminator");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(root.toString());
        }
    }

    private static Map<String, Object> phq9(int... values) {
        String[] ids = {"interest", "down", "sleep", "tired", "appetite", "failure", "concentrating", "moving", "self-harm"};
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(ids[i], values[i]);
        }
        return Map.of("answers", answers);
    }

    @Test
    void listAnswerScheduleAndReadOnlyMyOwn() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        String cleo = token(testCouples.of("Cleo", Role.BOTH, "Dan", Role.BOTH).first().id());
        ApiClient api = new ApiClient(port);

        JsonNode list = api.get("/api/v1/measures", ana, "Accept-Language", "es").json();
        assertThat(list.valueStream().map(m -> m.get("id").asString()).toList())
                .containsExactly("csi-16", "csi-4", "gad-7", "pcl-5", "phq-9");
        JsonNode phq = list.valueStream().filter(m -> m.get("id").asString().equals("phq-9")).findFirst().orElseThrow();
        assertThat(phq.get("validated").asBoolean()).isTrue();
        assertThat(phq.get("about").asString()).startsWith("Nueve preguntas");
        assertThat(phq.get("languages").valueStream().map(JsonNode::asString).toList()).containsExactly("en");
        assertThat(api.get("/api/v1/measures/phq-9", ana).json().get("items").size()).isEqualTo(9);
        assertThat(api.get("/api/v1/measures/kintsugi-weekly", ana).status()).isEqualTo(404);

        Answer incomplete = api.post("/api/v1/measures/phq-9/responses", ana, phq9(1, 1));
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(422);
        assertThat(incomplete.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .contains("item-sleep", "item-self-harm");
        assertThat(api.get("/api/v1/measures/phq-9/result", ana).status()).as("nothing stored").isEqualTo(404);

        Answer saved = api.post("/api/v1/measures/phq-9/responses", ana, phq9(1, 2, 3, 1, 0, 2, 1, 0, 1));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("scores").get(0).get("score").asDouble()).isEqualTo(11.0);
        assertThat(saved.json().get("scores").get(0).get("band").asString()).isEqualTo("Moderate");
        assertThat(saved.json().get("showSafetyResources").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/measures/phq-9/result", ben).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/measures/phq-9/result", cleo).status()).isEqualTo(404);

        Answer scheduled = api.put("/api/v1/measures/gad-7/schedule", ana, Map.of("cadence", "monthly"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        assertThat(scheduled.json().get("cadence").asString()).isEqualTo("monthly");
        assertThat(scheduled.json().get("due").asBoolean()).isTrue();
        Answer wrong = api.put("/api/v1/measures/gad-7/schedule", ana, Map.of("cadence", "hourly"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("cadence");
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("cadence", null);
        assertThat(api.put("/api/v1/measures/gad-7/schedule", ana, none).json().get("cadence").isNull()).isTrue();
        assertThat(api.get("/api/v1/measures", null).status()).isEqualTo(401);
    }

    @Test
    void myAnswersDownloadAsAFhirBundleAndEveryDefinitionAsAFhirQuestionnaireBothValidAgainstTheR4Schema() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        String ana = token(couple.first().id());
        String ben = token(couple.second().id());
        ApiClient api = new ApiClient(port);
        api.post("/api/v1/measures/phq-9/responses", ana, phq9(1, 2, 3, 1, 0, 2, 1, 0, 0));
        clock.advance(Duration.ofDays(14));
        api.post("/api/v1/measures/phq-9/responses", ana, phq9(0, 1, 1, 1, 0, 0, 1, 0, 0));
        api.post("/api/v1/measures/csi-16/responses", ana, Map.of("answers", Map.ofEntries(Map.entry("happiness", 3),
                Map.entry("going-well", 3), Map.entry("strong", 3), Map.entry("makes-happy", 3), Map.entry("warm", 3),
                Map.entry("team", 2), Map.entry("rewarding", 3), Map.entry("needs", 2), Map.entry("expectations", 2),
                Map.entry("satisfied", 3), Map.entry("interesting", 2), Map.entry("good", 3), Map.entry("full", 3),
                Map.entry("sturdy", 4), Map.entry("hopeful", 2), Map.entry("enjoyable", 1))));
        Schema schema = fhirSchema();

        Answer bundle = api.get("/api/v1/fhir/questionnaire-responses", ana);
        assertThat(bundle.status()).as(bundle.body()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("application/fhir+json");
        List<Error> errors = schema.validate(bundle.body(), InputFormat.JSON);
        assertThat(errors).as("the Bundle against fhir.schema.json").isEmpty();
        JsonNode b = bundle.json();
        assertThat(b.get("resourceType").asString()).isEqualTo("Bundle");
        assertThat(b.get("type").asString()).isEqualTo("collection");
        assertThat(b.get("entry").size()).isEqualTo(3);
        JsonNode first = b.get("entry").get(0).get("resource");
        assertThat(first.get("resourceType").asString()).isEqualTo("QuestionnaireResponse");
        assertThat(first.get("status").asString()).isEqualTo("completed");
        assertThat(first.get("questionnaire").asString()).isEqualTo("urn:kintsugi:questionnaire:phq-9|1");
        assertThat(first.has("subject")).as("nothing names the person").isFalse();
        assertThat(first.get("item").get(2).get("answer").get(0).get("valueCoding").get("code").asString()).isEqualTo("3");
        JsonNode total = first.get("item").valueStream().filter(i -> i.get("linkId").asString().equals("score-total")).findFirst()
                .orElseThrow();
        assertThat(total.get("answer").get(0).get("valueDecimal").asDouble()).isEqualTo(10.0);
        JsonNode csi = b.get("entry").get(2).get("resource");
        JsonNode interesting = csi.get("item").valueStream().filter(i -> i.get("linkId").asString().equals("interesting")).findFirst()
                .orElseThrow().get("answer").get(0).get("valueCoding");
        assertThat(interesting.get("extension").get(0).get("valueDecimal").asDouble()).as("the reversed value it counts for").isEqualTo(3.0);
        assertThat(bundle.body()).doesNotContain("Ana");

        JsonNode bens = api.get("/api/v1/fhir/questionnaire-responses", ben).json();
        assertThat(bens.get("entry").size()).as("Ben's download holds nothing of Ana's").isZero();
        assertThat(schema.validate(api.get("/api/v1/fhir/questionnaire-responses", ben).body(), InputFormat.JSON)).isEmpty();

        for (String id : List.of("csi-4", "csi-16", "phq-9", "gad-7", "pcl-5", "kintsugi-weekly")) {
            Answer definition = api.get("/api/v1/fhir/questionnaires/" + id, ana, "Accept-Language", "es");
            assertThat(definition.status()).as(id).isEqualTo(200);
            assertThat(schema.validate(definition.body(), InputFormat.JSON)).as(id).isEmpty();
            JsonNode q = definition.json();
            assertThat(q.get("resourceType").asString()).isEqualTo("Questionnaire");
            assertThat(q.get("status").asString()).isEqualTo("active");
            assertThat(q.get("url").asString()).isEqualTo("urn:kintsugi:questionnaire:" + id);
            assertThat(q.get("item").get(0).get("type").asString()).isEqualTo("choice");
        }
        assertThat(api.get("/api/v1/fhir/questionnaires/no-such", ana).status()).isEqualTo(404);
        // The schema is not a rubber stamp: a response without its required status is refused.
        assertThat(schema.validate("{\"resourceType\":\"QuestionnaireResponse\",\"status\":7}", InputFormat.JSON)).isNotEmpty();
    }
}
