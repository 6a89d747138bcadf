package app.kintsugi.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.TestCheckIns;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;

/**
 * The help pages on the real database: Ana's own signals, each with a next step, on her page only;
 * Ben, her partner, never sees them anywhere; regions are guessed, chosen, kept and refused; the
 * overwhelmed page stores nothing; the public safety resources follow the region.
 */
class HelpHttpTest extends IntegrationTest {

    /** What Ana's signals say on her help page; none of it may ever reach Ben. */
    private static final List<String> ANAS_SIGNALS = List.of("Your latest safety check raised a concern.",
            "Your distress has been high for several check-ins in a row.", "You said you have felt overwhelmed.",
            "Because of your safety check", "Something to look after");

    @Autowired
    TestCheckIns checkInsFor;

    @Autowired
    SafetyChecks safety;

    private TestPerson ana;
    private TestPerson ben;

    @BeforeEach
    void aCouple() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        ana = couple.first();
        ben = couple.second();
    }

    @Test
    void anasSignalsEachHaveANextStepOnHerPageAndBenNeverSeesThem() throws Exception {
        checkInsFor.threeHeavyWeeks(ana);
        concerningSafetyCheck(ana);

        String mine = text(help(ana, "en-GB"));
        assertThat(mine).contains("Seeking help").contains("Your partner never sees it and is never told you were here.")
                .contains("it is not therapy");
        assertThat(mine.split("it is not therapy", -1)).as("not therapy, said once").hasSize(2);
        // Safety first, then feeling overwhelmed, then distress; each with its own next step.
        assertThat(mine).containsSubsequence("Your latest safety check raised a concern.", "href=\"/safety/resources\"",
                "You said you have felt overwhelmed.", "href=\"/help/overwhelmed\"",
                "Your distress has been high for several check-ins in a row.", "href=\"/help#resources\"");
        assertThat(mine).contains("Because of your safety check, we suggest finding help just for you first");
        assertThat(mine).contains("href=\"/help/counselor\"").contains("Invite a counselor")
                .contains("href=\"/help/prepare\"").contains("Prepare for a session");

        // Ben has no signals of his own, and none of Ana's shows on any of his pages.
        String his = text(help(ben, "en-GB"));
        assertThat(his).contains("Your check-ins don’t show anything that calls for outside help right now.")
                .doesNotContain("help just for you first");
        for (String path : List.of("/help", "/help/overwhelmed", "/", "/check-in/trajectory", "/space", "/safety",
                "/safety/resources", "/steps/help")) {
            String page = text(page(ben, path));
            for (String signal : ANAS_SIGNALS) {
                assertThat(page).as("Ben's " + path).doesNotContain(signal);
            }
        }
        // Ana sees her own signals on her trajectory too, which now leads to this page.
        assertThat(text(page(ana, "/check-in/trajectory"))).contains("Something to look after").contains("href=\"/help\"");
    }

    @Test
    void theRegionIsGuessedFromTheBrowserChosenKeptAndOnlyFromTheList() throws Exception {
        assertThat(text(help(ana, "en-GB"))).contains("<option value=\"GB\" selected=\"selected\">United Kingdom</option>")
                .contains("Samaritans").contains("href=\"tel:116123\"").contains("Call 116 123")
                .contains("We guessed this from your browser’s language.");
        assertThat(text(help(ana, "fr-FR,es-ES;q=0.8"))).contains("<option value=\"ES\" selected=\"selected\">Spain</option>")
                .contains("024, suicide crisis line");
        assertThat(text(help(ana, null))).as("no browser language: anywhere")
                .contains("<option value=\"INTL\" selected=\"selected\">Anywhere else</option>").contains("Befrienders Worldwide");
        assertThat(text(page(ana, "/help?region=us"))).as("looking at another region without keeping it")
                .contains("<option value=\"US\" selected=\"selected\">United States</option>").contains("988 Suicide & Crisis Lifeline")
                .contains("You are looking at another region. Keep it if it is yours.");
        assertThat(regionOf(ana)).isNull();

        MockHttpServletResponse chosen = postAs(ana, "/help/region", Map.of("region", "MX"));
        assertThat(chosen.getRedirectedUrl()).isEqualTo("/help?regionSaved#resources");
        assertThat(regionOf(ana)).isEqualTo("MX");
        String after = text(mvc.perform(get("/help?regionSaved").header("Accept-Language", "en-GB").with(user(ana.principal())))
                .andReturn().getResponse());
        assertThat(after).as("the choice wins over the browser").contains("Saved. You’ll see resources for Mexico.")
                .contains("<option value=\"MX\" selected=\"selected\">Mexico</option>").contains("Línea de la Vida")
                .contains("The region you chose.");
        assertThat(text(help(ben, "en-US"))).as("Ben's region is his own").contains("<option value=\"US\" selected=\"selected\">");

        MockHttpServletResponse refused = postAs(ana, "/help/region", Map.of("region", "XX"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("<p class=\"field-error\" id=\"region-error\">Please choose one of the regions in the list.</p>")
                .contains("aria-invalid=\"true\"").contains("aria-describedby=\"region-error region-hint\"");
        assertThat(regionOf(ana)).as("unchanged").isEqualTo("MX");
        assertThat(postAs(ana, "/help/region", Map.of("region", "es")).getRedirectedUrl()).contains("regionSaved");
        assertThat(regionOf(ana)).isEqualTo("ES");
    }

    @Test
    void theOverwhelmedPageGroundsFirstListsCrisisHelpBeforeCounselingAndStoresNothing() throws Exception {
        postAs(ana, "/help/region", Map.of("region", "ES"));
        Map<String, Long> before = counts();
        String page = text(page(ana, "/help/overwhelmed"));
        assertThat(counts()).as("nothing stored by looking").isEqualTo(before);
        assertThat(page).containsSubsequence("When it feels like too much", "Pause.", "Breathe slowly", "It’s fine to stop for today.",
                "Nothing is lost", "Talk to someone", "Nothing about this visit is saved, and your partner is never told.",
                "Call 112", "Call 024", "Call 016", "Official psychology associations", "Your health centre", "Region: Spain.");
        assertThat(page).contains("href=\"tel:112\"").contains("href=\"https://www.cop.es\"");

        String spanish = text(page(ana, "/help/overwhelmed?lang=es"));
        assertThat(spanish).contains("Cuando todo es demasiado").contains("Está bien parar por hoy.")
                .contains("Llamar al 016").contains("Región: España.");
    }

    @Test
    void theDiscreetLinkIsOnTheOverviewAndTheCheckInAndStepFiveLeadsHere() throws Exception {
        for (String path : List.of("/", "/check-in")) {
            assertThat(text(page(ana, path))).as(path)
                    .contains("<a href=\"/help/overwhelmed\">This feels overwhelming</a>");
        }
        assertThat(text(page(ana, "/steps/help"))).contains("href=\"/help\"");
        assertThat(text(page(ana, "/help?lang=es"))).contains("Buscar ayuda").contains("Esto me supera")
                .contains("<option value=\"ES\"").contains("España");
    }

    @Test
    void theSafetyResourcesListTheRegionsCrisisHelpSignedInOrNot() throws Exception {
        String anonymous = text(mvc.perform(get("/safety/resources?region=GB")).andReturn().getResponse());
        assertThat(anonymous).contains("Call 999").contains("National Domestic Abuse Helpline").contains("Call 0808 2000 247")
                .contains("Samaritans").contains("<option value=\"GB\" selected=\"selected\">United Kingdom</option>")
                .contains("action=\"/safety/resources\"");
        assertThat(anonymous).containsSubsequence("If you are in danger right now", "Call 999", "Someone to talk to",
                "National Domestic Abuse Helpline", "Samaritans");
        assertThat(text(mvc.perform(get("/safety/resources").header("Accept-Language", "es-MX")).andReturn().getResponse()))
                .as("guessed from the browser").contains("Línea de la Vida").contains("Llamar al 911");
        assertThat(text(mvc.perform(get("/safety/resources")).andReturn().getResponse())).contains("Your local emergency number");

        postAs(ana, "/help/region", Map.of("region", "ES"));
        assertThat(text(mvc.perform(get("/safety/resources").header("Accept-Language", "en-US").with(user(ana.principal())))
                .andReturn().getResponse())).as("the person's choice").contains("Call 016").doesNotContain("Call 911");
        // The result of a concerning check shows the same regional help.
        concerningSafetyCheck(ana);
        assertThat(text(page(ana, "/safety/result"))).contains("Call 112").contains("Call 016");
    }

    @Test
    void signedOutVisitorsAreSentToSignInAndAChoiceNeedsTheForm() throws Exception {
        for (String path : List.of("/help", "/help/overwhelmed")) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(path).endsWith("/sign-in");
        }
        assertThat(mvc.perform(post("/help/region").param("region", "ES").with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(post("/help/region").param("region", "ES").with(user(ana.principal()))).andReturn().getResponse()
                .getStatus()).as("no CSRF token").isEqualTo(403);
        assertThat(regionOf(ana)).isNull();
    }

    // ---------------------------------------------------------------- helpers

    private MockHttpServletResponse help(TestPerson person, String acceptLanguage) throws Exception {
        var request = get("/help").with(user(person.principal()));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String regionOf(TestPerson person) {
        return jdbc.sql("SELECT region FROM help_region WHERE person_id = ?").param(person.id().value().toString())
                .query(String.class).optional().orElse(null);
    }

    /** Rows in the tables a visit could write to. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("help_region", "audit_event", "exercise_progress", "timeline_entry", "questionnaire_response",
                "safety_check", "score_sharing", "progress_sharing")) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private void concerningSafetyCheck(TestPerson person) {
        safety.record(person.id(), Map.of(SafetyQuestion.AFRAID, SafetyAnswer.OFTEN, SafetyQuestion.HURT, SafetyAnswer.NEVER,
                SafetyQuestion.THREATENED, SafetyAnswer.NEVER, SafetyQuestion.INSULTED, SafetyAnswer.NEVER,
                SafetyQuestion.CONTROLLED, SafetyAnswer.NEVER));
    }
}
