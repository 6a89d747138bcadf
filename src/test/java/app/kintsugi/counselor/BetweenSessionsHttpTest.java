package app.kintsugi.counselor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.ApiClient;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaires;
import tools.jackson.databind.JsonNode;

/**
 * Between sessions, end to end: a counselor with both partners' consent suggests CSI-16 to both; each
 * sees it on Today and on their counselor page; one accepts and answers it, the other puts it aside;
 * the counselor sees accepted and done, and put aside, never an answer. A suggestion for one partner
 * stays theirs, and when consent is withdrawn the counselor's next request finds nothing.
 */
class BetweenSessionsHttpTest extends LinkedCounselorTest {

    private static final String NOTE = "suggestion-note-R4k Try this before Thursday.";
    private static final String ONLY_BEN = "only-for-ben-V9q";

    @Autowired
    Questionnaires questionnaires;

    private String room() throws Exception {
        var r = page(counselor, "/counselor/couples/" + link);
        assertThat(r.getStatus()).isEqualTo(200);
        return text(r);
    }

    private UUID suggestionFor(TestPerson who) {
        return UUID.fromString(jdbc.sql("""
                SELECT s.id FROM counselor_suggestion s JOIN counselor_suggestion_to t ON t.suggestion_id = s.id
                WHERE t.person_id = ? ORDER BY s.created_at DESC, s.id""").param(who.id().value().toString()).query(String.class).list().getFirst());
    }

    private Map<String, String> answersTo(String questionnaire) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : questionnaires.find(questionnaire).orElseThrow().items()) {
            answers.put(item.id(), Integer.toString(item.scale().min()));
        }
        return answers;
    }

    @Test
    void suggestedToBothOneAcceptsAndAnswersTheOtherPutsItAsideAndTheCounselorSeesOnlyThat() throws Exception {
        assertThat(room()).contains("Between sessions").contains("CSI-16");
        var sent = postAs(counselor, "/counselor/couples/" + link + "/suggestions", Map.of("what", "measure:csi-16", "to", "both", "note", NOTE));
        assertThat(sent.getRedirectedUrl()).contains("suggested");
        UUID suggestion = suggestionFor(ana);
        assertThat(suggestionFor(ben)).isEqualTo(suggestion);

        for (TestPerson partner : List.of(ana, ben)) {
            assertThat(text(page(partner, "/"))).as("on Today").contains("Your counselor suggested something for the time between sessions");
            String page = text(page(partner, "/help/counselor"));
            assertThat(page).contains("Suggested for between sessions").contains(NOTE).contains("From Dr Rivera to you both");
        }

        // Ana accepts to answer it now, and answers it; Ben puts it aside.
        var accepted = postAs(ana, "/help/counselor/suggestions/" + suggestion + "/accept", Map.of("schedule", "now"));
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/measures/csi-16");
        assertThat(text(page(counselor, "/counselor/couples/" + link))).contains("Ana: accepted, not done yet");
        var answered = postAs(ana, "/measures/csi-16", answersTo("csi-16"));
        assertThat(answered.getStatus()).isEqualTo(302);
        assertThat(postAs(ben, "/help/counselor/suggestions/" + suggestion + "/decline", Map.of()).getRedirectedUrl())
                .contains("declined");
        assertThat(text(page(ben, "/"))).as("no longer waiting").doesNotContain("Your counselor suggested something");

        String room = room();
        assertThat(room).contains("Ana: accepted and done").contains("Ben: put aside").contains(NOTE);

        // The same through the API, for the counselor and for Ana.
        ApiClient api = new ApiClient(port);
        JsonNode lines = api.get("/api/v1/counselor/couples/" + link + "/suggestions", token(counselor.id())).json();
        assertThat(lines.get(0).get("target").asString()).isEqualTo("csi-16");
        assertThat(lines.get(0).get("to").toString()).contains("\"ACCEPTED\"").contains("\"DECLINED\"").contains("\"done\":true");
        JsonNode mine = api.get("/api/v1/help/counselor/suggestions", token(ana.id())).json();
        assertThat(mine.get(0).get("answer").asString()).isEqualTo("ACCEPTED");
        assertThat(mine.get(0).get("note").asString()).isEqualTo(NOTE);

        // Consent withdrawn: from the next request the counselor finds nothing, and the partners see nothing.
        postAs(ben, "/help/counselor/" + link + "/end", Map.of());
        assertThat(page(counselor, "/counselor/couples/" + link).getStatus()).isEqualTo(404);
        assertThat(api.get("/api/v1/counselor/couples/" + link + "/suggestions", token(counselor.id())).status()).isEqualTo(404);
        assertThat(postAs(counselor, "/counselor/couples/" + link + "/suggestions", Map.of("what", "measure:csi-4", "to", "both"))
                .getStatus()).isEqualTo(404);
        assertThat(text(page(ana, "/help/counselor"))).doesNotContain(NOTE).doesNotContain("Suggested for between sessions");
        assertThat(api.get("/api/v1/help/counselor/suggestions", token(ana.id())).json().size()).isZero();
    }

    @Test
    void aSuggestionForOnePartnerIsNeverSeenByTheOther() throws Exception {
        postAs(counselor, "/counselor/couples/" + link + "/suggestions", Map.of("what", "measure:phq-9", "to", "2", "note", ONLY_BEN));
        UUID forBen = suggestionFor(ben);
        assertThat(text(page(ben, "/help/counselor"))).contains(ONLY_BEN).contains("PHQ-9");
        assertThat(text(page(ben, "/"))).contains("Your counselor suggested something");
        String anas = text(page(ana, "/help/counselor"));
        assertThat(anas).doesNotContain(ONLY_BEN).doesNotContain("Suggested for between sessions");
        assertThat(text(page(ana, "/"))).doesNotContain("Your counselor suggested something");
        assertThat(postAs(ana, "/help/counselor/suggestions/" + forBen + "/accept", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(ana, "/help/counselor/suggestions/" + forBen + "/decline", Map.of()).getStatus()).isEqualTo(404);
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/help/counselor/suggestions", token(ana.id())).json().size()).isZero();
        assertThat(api.post("/api/v1/help/counselor/suggestions/" + forBen + "/decline", token(ana.id()), Map.of()).status()).isEqualTo(404);

        // Ben accepts it on a schedule: the check-in module keeps the schedule, and Today says it is due.
        var accepted = postAs(ben, "/help/counselor/suggestions/" + forBen + "/accept", Map.of("schedule", "monthly"));
        assertThat(accepted.getRedirectedUrl()).contains("scheduled");
        assertThat(text(page(ben, "/measures"))).contains("Every month");
    }

    @Test
    void onlyTheCounselorWithConsentSuggestsAndOnlyTheAddresseeAnswers() throws Exception {
        String path = "/counselor/couples/" + link + "/suggestions";
        Map<String, String> form = Map.of("what", "exercise:understanding.reflection", "to", "1");
        assertThat(postAs(stranger, path, form).getStatus()).as("counselor without consent").isEqualTo(404);
        assertThat(postAs(ana, path, form).getStatus()).as("partner").isEqualTo(404);
        assertThat(postAs(cleo, path, form).getStatus()).as("other couple").isEqualTo(404);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("what", "measure:csi-4").param("to", "1")).andReturn().getResponse().getStatus()).as("signed out")
                .isIn(302, 401, 404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_suggestion WHERE link_id = ?").param(link.toString()).query(Long.class).single()).isZero();

        // Bad input: a message next to the field, the note kept, nothing stored.
        String page = text(postAs(counselor, path, Map.of("what", "", "to", "", "note", "kept-note-Z1")));
        assertThat(page).contains("Please choose an exercise or a questionnaire to suggest.").contains("Please choose who this is for.")
                .contains("kept-note-Z1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM counselor_suggestion WHERE link_id = ?").param(link.toString()).query(Long.class).single()).isZero();

        postAs(counselor, path, form);
        UUID forAna = suggestionFor(ana);
        ApiClient api = new ApiClient(port);
        String suggestions = "/api/v1/counselor/couples/" + link + "/suggestions";
        assertThat(api.get(suggestions, token(stranger.id())).status()).isEqualTo(404);
        assertThat(api.get(suggestions, token(ana.id())).status()).isEqualTo(404);
        assertThat(api.get(suggestions, token(cleo.id())).status()).isEqualTo(404);
        assertThat(api.get(suggestions, null).status()).isIn(401, 404);
        assertThat(postAs(cleo, "/help/counselor/suggestions/" + forAna + "/accept", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(ben, "/help/counselor/suggestions/" + forAna + "/accept", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(stranger, "/counselor/couples/" + link + "/suggestions/" + forAna + "/withdraw", Map.of()).getStatus())
                .isEqualTo(404);
        // Accepting an exercise leads to it; the counselor sees it done once Ana works on it.
        assertThat(postAs(ana, "/help/counselor/suggestions/" + forAna + "/accept", Map.of()).getRedirectedUrl()).startsWith("/reflections");
        assertThat(room()).contains("Ana: accepted, not done yet");
        clock.advance(java.time.Duration.ofMinutes(5));
        postAs(ana, "/progress/understanding.reflection/start", Map.of());
        assertThat(room()).contains("Ana: accepted and done");
        // API problem: field errors.
        var problem = api.post(suggestions, token(counselor.id()), Map.of("what", "measure:nope", "to", "3"));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.body()).contains("\"what\"").contains("\"to\"");
    }

    @Test
    void theCaseloadSaysWhatChangedSinceTheLastVisitAndTheNoteTemplateHoldsOnlyCounts() throws Exception {
        assertThat(text(page(counselor, "/counselor"))).contains("Not opened yet");
        room();
        assertThat(text(page(counselor, "/counselor"))).contains("Nothing new since your visit on");
        postAs(counselor, "/counselor/couples/" + link + "/suggestions", Map.of("what", "measure:gad-7", "to", "both"));
        UUID s = suggestionFor(ana);
        clock.advance(java.time.Duration.ofMinutes(1));
        postAs(ana, "/help/counselor/suggestions/" + s + "/decline", Map.of());
        postAs(ben, "/help/counselor/suggestions/" + s + "/accept", Map.of("schedule", "now"));
        assertThat(text(page(counselor, "/counselor"))).contains("2 new since your visit on");
        ApiClient api = new ApiClient(port);
        JsonNode home = api.get("/api/v1/counselor", token(counselor.id())).json();
        assertThat(home.get("couples").get(0).get("changes").asInt()).isEqualTo(2);

        String template = text(page(counselor, "/counselor/couples/" + link + "?template=1"));
        assertThat(template).contains("## Presenting concerns this week").contains("## Risk and safety").contains("## Next session")
                .contains("- Ana: no entries shown").contains("- Ben: scores not shown")
                .contains("1 suggestion so far: 1 accepted (0 done), 1 put aside, 0 not answered yet");
        assertThat(text(page(counselor, "/counselor"))).as("opening it is a visit").contains("Nothing new since your visit on");
        JsonNode fromApi = api.get("/api/v1/counselor/couples/" + link + "/note-template", token(counselor.id()), "Accept-Language", "es").json();
        assertThat(fromApi.get("text").asString()).contains("## Lo que traen esta semana");
        assertThat(api.get("/api/v1/counselor/couples/" + link + "/note-template", token(stranger.id())).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/counselor/couples/" + link + "/note-template", token(ana.id())).status()).isEqualTo(404);
    }
}
