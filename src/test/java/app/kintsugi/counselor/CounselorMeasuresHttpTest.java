package app.kintsugi.counselor;

import static app.kintsugi.Questionnaire.phq9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.kintsugi.ApiClient;
import app.kintsugi.account.ApiScope;
import app.kintsugi.account.ApiTokens;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import tools.jackson.databind.JsonNode;

/**
 * Validated measures shown to a counselor, end to end: a partner shows the PHQ-9 as a whole, the
 * counselor sees its scores over time with cut-offs and a reliable-change flag, never an answer; the
 * partner who did not show it shows nothing; taking it back counts from the next request; and
 * nobody else sees any of it.
 */
class CounselorMeasuresHttpTest extends CounselorRoomTest {

    @Autowired
    ApiTokens tokens;

    private UUID link;
    private ApiClient api;

    @BeforeEach
    void setUp() throws Exception {
        link = linked(counselor);
        api = new ApiClient(port);
    }

    private String token(PersonId person) {
        return tokens.create(person, "Phone", EnumSet.of(ApiScope.READ, ApiScope.WRITE), 90).secret();
    }

    /** Answers the PHQ-9 some weeks ago, then again today. */
    private void answerTwice(TestPerson who, Map<String, String> before, Map<String, String> now, int weeksAgo) throws Exception {
        clock.advance(Duration.ofDays(-7L * weeksAgo));
        try {
            assertThat(postAs(who, "/measures/phq-9", before).getStatus()).isEqualTo(302);
        } finally {
            clock.advance(Duration.ofDays(7L * weeksAgo));
        }
        assertThat(postAs(who, "/measures/phq-9", now).getStatus()).isEqualTo(302);
    }

    /** The questionnaires section of the couple page (the suggestions further down name every questionnaire). */
    private String room() throws Exception {
        var r = page(counselor, "/counselor/couples/" + link);
        assertThat(r.getStatus()).isEqualTo(200);
        String page = text(r);
        int start = page.indexOf("id=\"measures\"");
        assertThat(start).isPositive();
        return page.substring(start, page.indexOf("id=\"shown\"", start));
    }

    private void showMeasure(TestPerson who, String questionnaire, boolean show) throws Exception {
        assertThat(postAs(who, "/help/counselor/show-measure", Map.of("questionnaire", questionnaire, "show", Boolean.toString(show)))
                .getRedirectedUrl()).contains(show ? "measureShown" : "measureHidden");
    }

    @Test
    void theCounselorSeesAShownMeasuresTrendAndFlagButNeverAnAnswerAndTakingItBackCountsAtOnce() throws Exception {
        // Ana: 4 three weeks ago, 12 today (the crisis item above 0). Ben: 22, never shown.
        answerTwice(ana, phq9(1, 1, 1, 1, 0, 0, 0, 0, 0), phq9(2, 2, 2, 2, 1, 1, 0, 1, 1), 3);
        answerTwice(ben, phq9(3, 3, 3, 3, 3, 3, 2, 1, 1), phq9(3, 3, 3, 3, 3, 3, 2, 1, 1), 2);

        assertThat(room()).contains("Neither partner shows you a questionnaire yet.").doesNotContain("PHQ-9 (low mood)");

        // Before showing, Ana reads exactly what the counselor will see.
        String mine = text(page(ana, "/help/counselor"));
        assertThat(mine).contains("Questionnaires you can show Dr Rivera").contains("PHQ-9 (low mood)")
                .contains("the band each falls in").contains("never sees how you answered any single question")
                .contains("the question about thoughts of being better off dead or of hurting yourself included")
                .contains("Your partner never sees your questionnaires");
        showMeasure(ana, "phq-9", true);
        assertThat(text(page(ana, "/help/counselor?measureShown"))).contains("Your counselor can now see your scores on this questionnaire.");

        String room = room();
        assertThat(room).contains("Questionnaires side by side").contains("PHQ-9 (low mood)")
                .contains("Total: clearly worse since the time before (4 → 12)")
                .contains("Total: now at “Moderate” (4 → 12)")
                .contains("cutoff-line").contains("Moderately severe")
                .contains("Ben does not show you the PHQ-9 (low mood).")
                // Scores only: no question, no answer, the crisis item's neither.
                .doesNotContain("better off dead").doesNotContain("self-harm").doesNotContain("Little interest");
        assertThat(room).doesNotContain("22.0").doesNotContain("→ 22");

        // The same through the API.
        String counselorToken = token(counselor.id());
        JsonNode view = api.get("/api/v1/counselor/couples/" + link, counselorToken).json();
        JsonNode anas = view.get("partners").get(0);
        JsonNode bens = view.get("partners").get(1);
        assertThat(anas.get("name").asString()).isEqualTo("Ana");
        assertThat(anas.get("measures")).hasSize(1);
        JsonNode phq = anas.get("measures").get(0);
        assertThat(phq.get("questionnaire").asString()).isEqualTo("phq-9");
        assertThat(phq.get("scores").get(0).get("points")).hasSize(2);
        assertThat(phq.get("scores").get(0).get("points").get(1).get("score").asDouble()).isEqualTo(12.0);
        assertThat(phq.get("cutoffs").toString()).contains("Moderate");
        assertThat(phq.get("flags").toString()).contains("CHANGED_SINCE_PREVIOUS").contains("WORSENED").contains("CROSSED_UP");
        assertThat(bens.get("measures")).isEmpty();
        String body = api.get("/api/v1/counselor/couples/" + link, counselorToken).body();
        assertThat(body).doesNotContain("self-harm").doesNotContain("answers").doesNotContain("22.0");

        // Nobody else: the partner, another couple, a counselor without consent, nobody signed out.
        assertThat(page(ben, "/counselor/couples/" + link).getStatus()).isEqualTo(404);
        assertThat(text(page(ben, "/measures/phq-9/result"))).doesNotContain("4 → 12");
        assertThat(text(page(ben, "/trajectory"))).doesNotContain("PHQ-9 (low mood): 12");
        assertThat(page(cleo, "/counselor/couples/" + link).getStatus()).isEqualTo(404);
        assertThat(page(otherCounselor, "/counselor/couples/" + link).getStatus()).isEqualTo(404);
        assertThat(api.get("/api/v1/counselor/couples/" + link, token(otherCounselor.id())).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/counselor/couples/" + link, token(ben.id())).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/counselor/couples/" + link, null).status()).isEqualTo(401);
        assertThat(mvc.perform(get("/counselor/couples/" + link)).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");

        // Ana takes it back: the next request shows nothing of it.
        showMeasure(ana, "phq-9", false);
        assertThat(room()).contains("Neither partner shows you a questionnaire yet.").doesNotContain("(4 → 12)");
        assertThat(api.get("/api/v1/counselor/couples/" + link, counselorToken).json().get("partners").get(0).get("measures")).isEmpty();
    }

    @Test
    void aPartnerShowsAndHidesAMeasureThroughTheApiAndOnlyTheirOwnOnes() throws Exception {
        String anaToken = token(ana.id());
        JsonNode choices = api.get("/api/v1/help/counselor", anaToken).json().get("measures");
        assertThat(choices.toString()).contains("\"questionnaire\":\"phq-9\"").contains("\"questionnaire\":\"gad-7\"")
                .doesNotContain("kintsugi-weekly");
        assertThat(api.put("/api/v1/help/counselor/shown-measures", anaToken, Map.of("questionnaire", "gad-7", "show", true)).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/help/counselor", anaToken).json().get("measures").toString())
                .contains("{\"questionnaire\":\"gad-7\",\"lastAnswered\":null,\"shown\":true}");
        // Shown before the first answer: the counselor reads that it is not answered yet.
        assertThat(room()).contains("GAD-7 (worry and anxiety)").contains("Ana has not answered it yet.")
                .contains("Ben does not show you the GAD-7 (worry and anxiety).");
        assertThat(api.put("/api/v1/help/counselor/shown-measures", anaToken, Map.of("questionnaire", "kintsugi-weekly", "show", true))
                .status()).isEqualTo(404);
        assertThat(api.put("/api/v1/help/counselor/shown-measures", anaToken, Map.of("questionnaire", "no-such", "show", true))
                .status()).isEqualTo(404);
        // Someone without a counselor has nothing to show to.
        assertThat(api.put("/api/v1/help/counselor/shown-measures", token(cleo.id()), Map.of("questionnaire", "gad-7", "show", true))
                .status()).isEqualTo(404);
        assertThat(api.put("/api/v1/help/counselor/shown-measures", anaToken, Map.of("questionnaire", "gad-7", "show", false)).status())
                .isEqualTo(204);
        assertThat(room()).doesNotContain("GAD-7 (worry and anxiety)");
        assertThat(api.put("/api/v1/help/counselor/shown-measures", null, Map.of("questionnaire", "gad-7", "show", true)).status())
                .isEqualTo(401);
    }
}
