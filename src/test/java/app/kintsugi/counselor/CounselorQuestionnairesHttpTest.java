package app.kintsugi.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.ApiClient;
import app.kintsugi.account.TestAccounts.TestPerson;
import tools.jackson.databind.JsonNode;

/**
 * A questionnaire a linked counselor adds, end to end: checked first (nothing stored), added, offered
 * to both partners while their consent stands and to nobody else, suggested, answered on a schedule,
 * in the person's trajectory and shown to the counselor only when they choose; when access ends it is
 * no longer offered, and what was answered stays the person's to read.
 */
class CounselorQuestionnairesHttpTest extends LinkedCounselorTest {

    static final String TITLE = "Sleep diary (clinic Q7z)";
    static final String DEFINITION = app.kintsugi.checkin.TestQuestionnaires.sleepDiary(TITLE, "Diario de sueño (consulta Q7z)");

    private long stored(TestPerson author) {
        return jdbc.sql("SELECT COUNT(*) FROM added_questionnaire WHERE author_id = ?").param(author.id().value().toString())
                .query(Long.class).single();
    }

    private String add(TestPerson author) throws Exception {
        var added = postAs(author, "/counselor/questionnaires", Map.of("definition", DEFINITION, "action", "add"));
        assertThat(added.getRedirectedUrl()).startsWith("/counselor/questionnaires?added=c-");
        return jdbc.sql("SELECT id FROM added_questionnaire WHERE author_id = ? ORDER BY created_at DESC")
                .param(author.id().value().toString()).query(String.class).list().getFirst();
    }

    @Test
    void addedCheckedOfferedToTheCoupleAnsweredAndKeptByThePersonAfterAccessEnds() throws Exception {
        assertThat(text(page(counselor, "/counselor"))).contains("Your questionnaires");
        assertThat(text(page(counselor, "/counselor/questionnaires"))).contains("You have not added a questionnaire yet.");

        // Checked first: shown as a person will see it, nothing stored.
        String checked = text(postAs(counselor, "/counselor/questionnaires", Map.of("definition", DEFINITION, "action", "check")));
        assertThat(checked).contains("As a person will see it").contains(TITLE).contains("I lay awake for a long time.")
                .contains("Scored as: restless");
        assertThat(stored(counselor)).isZero();

        String id = add(counselor);
        assertThat(id).matches("c-[a-z0-9]{10}");
        assertThat(text(page(counselor, "/counselor/questionnaires"))).contains(TITLE).contains("2 questions").contains("Offered");

        // Offered to both partners, labelled as their counselor's; not to another couple.
        for (TestPerson partner : List.of(ana, ben)) {
            assertThat(text(page(partner, "/measures"))).contains(TITLE).contains("Added by your counselor.");
            assertThat(page(partner, "/measures/" + id).getStatus()).isEqualTo(200);
        }
        assertThat(text(page(cleo, "/measures"))).doesNotContain(TITLE);
        assertThat(page(cleo, "/measures/" + id).getStatus()).isEqualTo(404);
        assertThat(postAs(cleo, "/measures/" + id, Map.of("awake", "1", "woke", "1")).getStatus()).isEqualTo(404);
        assertThat(page(cleo, "/measures/" + id + "/questionnaire.fhir.json").getStatus()).isEqualTo(404);

        // Suggested to both; Ana accepts it weekly and answers it; it is in her trajectory, not in Ben's.
        postAs(counselor, "/counselor/couples/" + link + "/suggestions", Map.of("what", "measure:" + id, "to", "both"));
        assertThat(text(page(counselor, "/counselor/couples/" + link))).contains(TITLE);
        UUID suggestion = UUID.fromString(jdbc.sql("SELECT id FROM counselor_suggestion WHERE link_id = ?").param(link.toString())
                .query(String.class).single());
        assertThat(text(page(ana, "/help/counselor"))).contains(TITLE);
        assertThat(postAs(ana, "/help/counselor/suggestions/" + suggestion + "/accept", Map.of("schedule", "weekly")).getRedirectedUrl())
                .contains("scheduled");
        assertThat(text(page(ana, "/measures"))).contains("Every week");
        var answered = postAs(ana, "/measures/" + id, Map.of("awake", "3", "woke", "2"));
        assertThat(answered.getRedirectedUrl()).isEqualTo("/measures/" + id + "/result");
        assertThat(text(page(ana, "/measures/" + id + "/result"))).contains(TITLE);
        assertThat(text(page(ana, "/check-in/trajectory"))).contains(TITLE);
        assertThat(text(page(ben, "/check-in/trajectory"))).doesNotContain(TITLE);
        assertThat(text(page(counselor, "/counselor/couples/" + link))).contains("Ana: accepted and done");

        // Shown to the counselor only when Ana chooses: then the room has her trend.
        assertThat(text(page(counselor, "/counselor/couples/" + link))).doesNotContain("restless");
        postAs(ana, "/help/counselor/show-measure", Map.of("questionnaire", id, "show", "true"));
        assertThat(text(page(counselor, "/counselor/couples/" + link))).contains("restless");

        // The FHIR definition, for Ana.
        assertThat(text(page(ana, "/measures/" + id + "/questionnaire.fhir.json"))).contains("\"resourceType\" : \"Questionnaire\"")
                .contains(TITLE);

        // Consent withdrawn: offered to nobody any more; what Ana answered stays hers to read.
        postAs(ben, "/help/counselor/" + link + "/end", Map.of());
        assertThat(text(page(ana, "/measures"))).doesNotContain(TITLE);
        assertThat(page(ana, "/measures/" + id).getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/measures/" + id, Map.of("awake", "1", "woke", "1")).getStatus()).isEqualTo(404);
        assertThat(page(ana, "/measures/" + id + "/result").getStatus()).isEqualTo(200);
        assertThat(text(page(ana, "/check-in/trajectory"))).contains(TITLE);
        // Her schedule can still be stopped.
        assertThat(postAs(ana, "/measures/" + id + "/schedule", Map.of("cadence", "none")).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM measure_schedule WHERE person_id = ?").param(ana.id().value().toString())
                .query(Long.class).single()).isZero();
    }

    @Test
    void badDefinitionsAreExplainedLineByLineWithTheTextKeptAndNothingStored() throws Exception {
        String empty = text(postAs(counselor, "/counselor/questionnaires", Map.of("definition", "  ", "action", "add")));
        assertThat(empty).contains("Write or paste the definition of the questionnaire.");

        String broken = DEFINITION.replace("  max: 4\n", "  max: four\n").replace("restless: sum", "restless: average")
                .replace("About your sleep this week.", "<script>alert(1)</script>");
        String page = postAs(counselor, "/counselor/questionnaires", Map.of("definition", broken, "action", "add")).getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains("so nothing was added:")
                .contains("Line 11: the default scale: 'max' must be a whole number")
                .contains("Line 23: scoring of subscale 'restless' must be sum or mean");
        String checked = text(postAs(counselor, "/counselor/questionnaires", Map.of("definition", "id: [unclosed", "action", "check")));
        assertThat(checked).contains("problem").contains("id: [unclosed");

        String huge = DEFINITION + "#".repeat(app.kintsugi.checkin.AddedQuestionnaires.MAX_DEFINITION);
        assertThat(text(postAs(counselor, "/counselor/questionnaires", Map.of("definition", huge, "action", "add"))))
                .contains("A definition can be up to 60,000 characters long.");
        assertThat(stored(counselor)).isZero();

        // Unicode is kept as written.
        String unicode = DEFINITION.replace("Sleep diary (clinic Q7z)", "Sueño 睡眠 — clinic Q7z");
        postAs(counselor, "/counselor/questionnaires", Map.of("definition", unicode, "action", "add"));
        assertThat(text(page(counselor, "/counselor/questionnaires"))).contains("Sueño 睡眠 — clinic Q7z");
    }

    @Test
    void onlyItsCounselorSeesOrStopsItAndOnlyCounselorsHaveThePage() throws Exception {
        String id = add(counselor);
        assertThat(text(page(stranger, "/counselor/questionnaires"))).doesNotContain(TITLE);
        assertThat(postAs(stranger, "/counselor/questionnaires/" + id + "/retire", Map.of()).getStatus()).isEqualTo(404);
        for (TestPerson notCounselor : List.of(ana, cleo)) {
            assertThat(page(notCounselor, "/counselor/questionnaires").getStatus()).isEqualTo(404);
            assertThat(postAs(notCounselor, "/counselor/questionnaires", Map.of("definition", DEFINITION)).getStatus()).isEqualTo(404);
            assertThat(postAs(notCounselor, "/counselor/questionnaires/" + id + "/retire", Map.of()).getStatus()).isEqualTo(404);
        }
        // The stranger's own questionnaire is never offered to a couple they are not linked to.
        String strangers = add(stranger);
        assertThat(page(ana, "/measures/" + strangers).getStatus()).isEqualTo(404);
        assertThat(postAs(counselor, "/counselor/couples/" + link + "/suggestions", Map.of("what", "measure:" + strangers, "to", "both"))
                .getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_suggestion WHERE link_id = ?").param(link.toString()).query(Long.class).single())
                .isZero();

        // Stopped: no longer offered, still listed for its counselor.
        assertThat(postAs(counselor, "/counselor/questionnaires/" + id + "/retire", Map.of()).getRedirectedUrl()).contains("retired");
        assertThat(text(page(ana, "/measures"))).doesNotContain(TITLE);
        assertThat(text(page(counselor, "/counselor/questionnaires"))).contains(TITLE).contains("No longer offered");
        assertThat(postAs(counselor, "/counselor/questionnaires/" + id + "/retire", Map.of()).getStatus()).isEqualTo(404);
    }

    @Test
    void theSameThroughTheApi() throws Exception {
        ApiClient api = new ApiClient(port);
        String mine = token(counselor.id());
        var problem = api.post("/api/v1/counselor/questionnaires", mine, Map.of("definition", "id: sleep\nversion: one\n"));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.json().get("errors").get(0).get("field").asString()).isEqualTo("definition");
        assertThat(problem.json().get("problems").get(0).asString()).startsWith("Line ");
        assertThat(stored(counselor)).isZero();

        JsonNode check = api.post("/api/v1/counselor/questionnaires/check", mine, Map.of("definition", DEFINITION)).json();
        assertThat(check.get("title").asString()).isEqualTo(TITLE);
        assertThat(check.get("items").asInt()).isEqualTo(2);
        assertThat(stored(counselor)).isZero();

        var created = api.post("/api/v1/counselor/questionnaires", mine, Map.of("definition", DEFINITION));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.get("/api/v1/counselor/questionnaires", mine).json().get(0).get("offered").asBoolean()).isTrue();

        JsonNode anas = api.get("/api/v1/measures", token(ana.id())).json();
        JsonNode entry = null;
        for (JsonNode m : anas) {
            if (m.get("id").asString().equals(id)) {
                entry = m;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("fromCounselor").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/measures/" + id + "/responses", token(ana.id()), Map.of("answers", Map.of("awake", 1, "woke", 0)))
                .status()).isEqualTo(201);
        assertThat(api.get("/api/v1/measures/" + id, token(cleo.id())).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/counselor/questionnaires", token(ana.id())).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/counselor/questionnaires/" + id, token(stranger.id())).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/counselor/questionnaires", null).status()).isIn(401, 404);

        assertThat(api.post("/api/v1/counselor/questionnaires/" + id + "/retire", mine, Map.of()).json().get("offered").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/measures/" + id + "/result", token(ana.id())).status()).isEqualTo(200);
    }
}
