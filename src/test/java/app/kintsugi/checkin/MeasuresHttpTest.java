package app.kintsugi.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.counselor.Counselors;

/** Measures answered through the pages: whole answers only, results, schedules on Today, the crisis item, and who sees what. */
class MeasuresHttpTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Counselors counselors;

    private TestPerson ana;
    private TestPerson ben;
    private TestPerson cleo;

    @BeforeEach
    void people() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        ana = couple.first();
        ben = couple.second();
        cleo = testCouples.of("Cleo", Role.BOTH, "Dan", Role.BOTH).first();
    }

    private static Map<String, String> phq9(int... values) {
        String[] ids = {"interest", "down", "sleep", "tired", "appetite", "failure", "concentrating", "moving", "self-harm"};
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(ids[i], String.valueOf(values[i]));
        }
        return out;
    }

    private long responses(TestPerson p, String questionnaire) {
        return jdbc.sql("SELECT COUNT(*) FROM questionnaire_response WHERE person_id = ? AND questionnaire_id = ?")
                .params(p.id().value().toString(), questionnaire).query(Long.class).single();
    }

    @Test
    void theListNamesEveryMeasureWithWhatItMeasuresAndWhetherItIsValidated() throws Exception {
        String list = text(page(ana, "/measures"));
        assertThat(list).contains("CSI-4", "CSI-16", "PHQ-9", "GAD-7", "PCL-5")
                .contains("Nine questions about low mood")
                .contains("A validated questionnaire")
                .contains("Only you see your answers and your scores")
                .doesNotContain("Weekly check-in</h2>");
        assertThat(page(ana, "/measures/kintsugi-weekly").getStatus()).as("the weekly check-in has its own page").isEqualTo(404);
        assertThat(page(ana, "/measures/no-such-thing").getStatus()).isEqualTo(404);
        assertThat(page(ana, "/measures/phq-9/result").getStatus()).as("no result before the first answer").isEqualTo(404);
    }

    @Test
    void anUnfinishedAnswerNamesEachOpenQuestionKeepsTheChoicesAndStoresNothing() throws Exception {
        Map<String, String> partial = phq9(1, 2, 3);
        MockHttpServletResponse r = postAs(ana, "/measures/phq-9", partial);
        assertThat(r.getStatus()).isEqualTo(200);
        String html = r.getContentAsString();
        assertThat(html).contains("Please choose an answer for this question.");
        assertThat(html).containsPattern("id=\"item-sleep-3\"[^>]*checked");
        assertThat(responses(ana, "phq-9")).isZero();
        Map<String, String> outside = phq9(1, 2, 3, 0, 0, 0, 0, 0, 0);
        outside.put("down", "7");
        assertThat(postAs(ana, "/measures/phq-9", outside).getContentAsString()).contains("Please choose one of the answers shown.");
        assertThat(responses(ana, "phq-9")).isZero();
    }

    @Test
    void aWholeAnswerIsScoredBandedComparedAndShownInTheTrajectoryForTheAuthorAlone() throws Exception {
        MockHttpServletResponse r = postAs(ana, "/measures/phq-9", phq9(1, 2, 3, 1, 0, 2, 1, 0, 0));
        assertThat(r.getRedirectedUrl()).isEqualTo("/measures/phq-9/result");
        String result = text(page(ana, "/measures/phq-9/result"));
        assertThat(result).contains("Total: 10 of 27", "Band: Moderate").doesNotContain("have to carry this alone");
        clock.advance(Duration.ofDays(14));
        postAs(ana, "/measures/phq-9", phq9(0, 1, 1, 1, 0, 0, 1, 0, 0));
        assertThat(text(page(ana, "/measures/phq-9/result"))).contains("Total: 4 of 27", "Band: Few or no signs",
                "Better since last time, by more than the usual ups and downs");
        String trajectory = text(page(ana, "/check-in/trajectory"));
        assertThat(trajectory).contains("Your questionnaires", "PHQ-9", "Answered 2 times");
        // Even while Ana shows her weekly scores, her measures stay hers.
        postAs(ana, "/check-in/sharing", Map.of("shared", "true"));
        assertThat(text(page(ben, "/check-in/trajectory"))).doesNotContain("PHQ-9").doesNotContain("Your questionnaires");
        assertThat(page(ben, "/measures/phq-9/result").getStatus()).as("Ben has no result of his own").isEqualTo(404);
        assertThat(page(cleo, "/measures/phq-9/result").getStatus()).isEqualTo(404);
        assertThat(text(page(ben, "/"))).doesNotContain("PHQ-9");
    }

    @Test
    void theCrisisItemAnsweredAboveZeroShowsTheCrisisResourcesPrivatelyAndNothingReachesThePartner() throws Exception {
        postAs(ana, "/measures/phq-9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 1));
        String result = text(page(ana, "/measures/phq-9/result"));
        assertThat(result).contains("You don’t have to carry this alone", "call your local emergency number", "Only you see this");
        for (String path : new String[] {"/", "/check-in/trajectory", "/measures", "/inbox"}) {
            MockHttpServletResponse partner = page(ben, path);
            String seen = partner.getStatus() == 200 ? text(partner) : "";
            assertThat(seen).as(path).doesNotContain("carry this alone").doesNotContain("PHQ-9 (low mood)</h3>");
        }
        // Answering again without it: the crisis card goes.
        clock.advance(Duration.ofDays(1));
        postAs(ana, "/measures/phq-9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(text(page(ana, "/measures/phq-9/result"))).doesNotContain("carry this alone");
    }

    @Test
    void aScheduleBringsTheMeasureToTodayWhenDueAndNotBefore() throws Exception {
        assertThat(text(page(ana, "/"))).doesNotContain("A questionnaire you chose to answer is due");
        MockHttpServletResponse r = postAs(ana, "/measures/csi-4/schedule", Map.of("cadence", "fortnightly"));
        assertThat(r.getRedirectedUrl()).startsWith("/measures?scheduled");
        assertThat(text(page(ana, "/"))).contains("A questionnaire you chose to answer is due");
        assertThat(page(ana, "/").getContentAsString()).contains("/measures/csi-4");
        postAs(ana, "/measures/csi-4", Map.of("happiness", "3", "warm", "3", "rewarding", "2", "satisfied", "3"));
        assertThat(text(page(ana, "/"))).doesNotContain("A questionnaire you chose to answer is due");
        clock.advance(Duration.ofDays(13));
        assertThat(text(page(ana, "/"))).doesNotContain("A questionnaire you chose to answer is due");
        clock.advance(Duration.ofDays(1));
        assertThat(text(page(ana, "/"))).contains("A questionnaire you chose to answer is due");
        assertThat(text(page(ben, "/"))).doesNotContain("A questionnaire you chose to answer is due");
        // Two due at once: one line, to the list.
        postAs(ana, "/measures/gad-7/schedule", Map.of("cadence", "weekly"));
        String both = text(page(ana, "/"));
        assertThat(both).contains("Some questionnaires you chose to answer are due")
                .doesNotContain("A questionnaire you chose to answer is due");
        postAs(ana, "/measures/gad-7/schedule", Map.of("cadence", "none"));
        // Once: due until answered, then never again.
        postAs(ana, "/measures/csi-4/schedule", Map.of("cadence", "once"));
        postAs(ana, "/measures/csi-4", Map.of("happiness", "4", "warm", "4", "rewarding", "4", "satisfied", "4"));
        clock.advance(Duration.ofDays(60));
        assertThat(text(page(ana, "/"))).doesNotContain("A questionnaire you chose to answer is due");
        postAs(ana, "/measures/csi-4/schedule", Map.of("cadence", "none"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM measure_schedule WHERE person_id = ?").param(ana.id().value().toString())
                .query(Long.class).single()).isZero();
        assertThat(postAs(ana, "/measures/csi-4/schedule", Map.of("cadence", "hourly")).getRedirectedUrl()).startsWith("/measures?invalid");
        assertThat(postAs(ana, "/measures/nothing/schedule", Map.of("cadence", "weekly")).getStatus()).isEqualTo(404);
    }

    @Test
    void aCounselorAndASignedOutVisitorGetNoMeasurePage() throws Exception {
        var operator = accounts.register(new NewAccount(TestAccounts.uniqueEmail(), "Operator", TestAccounts.PASSWORD, "en", "UTC"),
                AccountRole.OPERATOR);
        var counselor = counselors.create(operator.id(), TestAccounts.uniqueEmail(), "A counselor", "Elsewhere", "en").counselor();
        postAs(ana, "/measures/phq-9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 2));
        for (String path : new String[] {"/measures", "/measures/phq-9", "/measures/phq-9/result"}) {
            MockHttpServletResponse seen = mvc.perform(get(path).with(user(TestAccounts.principal(counselor.id(), AccountRole.COUNSELOR))))
                    .andReturn().getResponse();
            assertThat(seen.getStatus()).as(path).isEqualTo(404);
            MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).as(path).contains("/sign-in");
        }
    }
}
