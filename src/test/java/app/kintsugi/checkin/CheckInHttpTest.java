package app.kintsugi.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Role;
import app.kintsugi.couple.TestCouples.TestCouple;

class CheckInHttpTest extends IntegrationTest {

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    CheckIns checkIns;

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

    @Test
    void twelveWeeksGiveTheRightLabelsChartAndPrivateSignalsAndThePartnerSeesOnlySharedScores() throws Exception {
        // Twelve weeks: trust starts high and falls; distress rises to 8 for the last three weeks.
        int[] trust = {5, 5, 4, 4, 4, 3, 3, 3, 2, 2, 1, 1};
        int[] distress = {2, 2, 3, 3, 4, 5, 5, 6, 6, 8, 8, 8};
        for (int w = 0; w < 12; w++) {
            if (w == 0) {
                assertThat(text(page(ana, "/"))).as("no questionnaire is the first thing asked").doesNotContain("Answer this week’s check-in");
            } else {
                assertThat(text(page(ana, "/"))).as("week " + w).contains("Answer this week’s check-in");
            }
            MockHttpServletResponse r = postAs(ana, "/check-in", answers(trust[w], distress[w], w == 11 ? 5 : 2, 3));
            assertThat(r.getRedirectedUrl()).as("week " + w).contains("/check-in/trajectory?saved");
            assertThat(text(page(ana, "/"))).as("done for the week").doesNotContain("Answer this week’s check-in");
            clock.advance(Duration.ofDays(7));
        }
        clock.advance(Duration.ofDays(-7));
        String mine = text(page(ana, "/check-in/trajectory"));
        assertThat(mine).contains("Trust in your partner").contains("Latest: 1.0 (from 1 to 5)").contains("Harder than at the start")
                .contains("Since last time: within the usual ups and downs").contains("Overall distress").contains("Latest: 8.0");
        // Plain words: one summary card first, then the charts folded, one per scale.
        assertThat(mine).doesNotContainIgnoringCase("reliable change").contains("Where your scores stand")
                .contains("12 check-ins since the week of").contains("Overall distress: 8.0 of 10");
        assertThat(mine.indexOf("Where your scores stand")).isLessThan(mine.indexOf("<svg"));
        assertThat(mine.split("<details class=\"card scale-chart\"", -1).length - 1).isEqualTo(7);
        assertThat(mine).contains("Something to look after").contains("Your distress has been high for several check-ins in a row.")
                .contains("Trust is clearly lower now than when you started.").contains("You said you have felt overwhelmed.");
        assertThat(mine).contains("<polyline").contains("Your scores");
        assertThat(mine.split("<tr>").length).as("a table row per week and subscale").isGreaterThan(12);

        // Ben sees none of it until Ana shares; then only her scores, never her signals or answers.
        String before = text(page(ben, "/check-in/trajectory"));
        assertThat(before).doesNotContain("Ana’s shared scores").doesNotContain("Your distress has been high")
                .contains("Ana’s scores are theirs to share");
        assertThat(postAs(ana, "/check-in/sharing", Map.of("shared", "true")).getRedirectedUrl()).contains("?sharing");
        String after = text(page(ben, "/check-in/trajectory"));
        assertThat(after).contains("Ana’s shared scores").doesNotContain("Your distress has been high")
                .doesNotContain("Trust is clearly lower");
        postAs(ana, "/check-in/sharing", Map.of("shared", "false"));
        assertThat(text(page(ben, "/check-in/trajectory"))).doesNotContain("Ana’s shared scores");
        for (TestPerson stranger : List.of(cleo)) {
            assertThat(text(page(stranger, "/check-in/trajectory"))).doesNotContain("Ana");
        }
    }

    @Test
    void afterOneCheckInThereIsOneCardInWordsAndNoCharts() throws Exception {
        postAs(ana, "/check-in", answers(3, 5, 2, 3));
        String page = text(page(ana, "/check-in/trajectory"));
        assertThat(page).contains("You have one check-in so far").contains("Trust in your partner: 3.0 of 5")
                .contains("Charts appear from your second check-in on.")
                .doesNotContain("<svg").doesNotContain("scale-chart");
        postAs(ana, "/check-in", answers(4, 4, 2, 3));
        // The same week again needs confirming; the next week is a second check-in with charts.
        clock.advance(Duration.ofDays(7));
        postAs(ana, "/check-in", answers(4, 4, 2, 3));
        assertThat(text(page(ana, "/check-in/trajectory"))).contains("2 check-ins since the week of").contains("<svg");
    }

    @Test
    void anUnfinishedCheckInKeepsWhatWasAnsweredAndASecondOneInTheWeekNeedsConfirmation() throws Exception {
        Questionnaire q = questionnaires.weekly();
        Map<String, String> some = new HashMap<>();
        some.put(q.items().get(0).id(), "4");
        some.put(q.items().get(1).id(), "2");
        MockHttpServletResponse partial = postAs(ana, "/check-in", some);
        assertThat(partial.getStatus()).isEqualTo(200);
        assertThat(text(partial)).contains("What you answered is saved.").contains("questions are still open")
                .contains("Still open. Choose an answer when you are ready.");
        String form = text(page(ana, "/check-in"));
        assertThat(form).contains("id=\"item-" + q.items().get(0).id() + "-4\" name=\"" + q.items().get(0).id() + "\" value=\"4\" checked");
        assertThat(checkIns.dueThisWeek(ana.id())).as("still to do").isTrue();

        assertThat(postAs(ana, "/check-in", answers(4, 3, 2, 3)).getRedirectedUrl()).contains("?saved");
        MockHttpServletResponse again = postAs(ana, "/check-in", answers(1, 9, 5, 1));
        assertThat(text(again)).contains("You already checked in this week.").contains("Replace this week’s check-in");
        assertThat(checkIns.scores(ana.id(), q).get(0).getValue().get("distress")).as("nothing replaced yet").isEqualTo(3.0);
        Map<String, String> confirmed = new HashMap<>(answers(1, 9, 5, 1));
        confirmed.put("replace", "true");
        assertThat(postAs(ana, "/check-in", confirmed).getRedirectedUrl()).contains("?saved");
        assertThat(checkIns.scores(ana.id(), q)).hasSize(1);
        assertThat(checkIns.scores(ana.id(), q).get(0).getValue().get("distress")).isEqualTo(9.0);
    }

    @Test
    void answersOutsideTheScaleOrNoneAtAllAreRefusedAndNothingIsStored() throws Exception {
        Questionnaire q = questionnaires.weekly();
        Map<String, String> bad = new HashMap<>(answers(3, 3, 3, 3));
        bad.put(q.items().get(0).id(), "99");
        bad.put(q.items().get(1).id(), "<script>");
        MockHttpServletResponse r = postAs(ana, "/check-in", bad);
        assertThat(text(r)).contains("Please choose one of the answers shown.");
        assertThat(text(postAs(ana, "/check-in", Map.of()))).contains("Please choose at least one answer before saving.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM questionnaire_response WHERE person_id = ?").param(ana.id().value().toString())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theRawDatabaseHoldsNeitherAnswersNorScoresInTheClear() throws Exception {
        postAs(ben, "/check-in", answers(2, 7, 4, 3));
        byte[][] row = jdbc.sql("SELECT answers, scores FROM questionnaire_response WHERE person_id = ?")
                .param(ben.id().value().toString()).query((rs, n) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)}).single();
        String raw = new String(row[0], java.nio.charset.StandardCharsets.ISO_8859_1) + new String(row[1], java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("distress").doesNotContain("trust").doesNotContain("=7");
    }

    /** Every item answered: trust items so the trust mean is {@code trust}, distress and overwhelmed as given, others {@code other}. */
    private Map<String, String> answers(int trust, int distress, int overwhelmed, int other) {
        Questionnaire q = questionnaires.weekly();
        Subscale trustScale = q.subscale("trust").orElseThrow();
        Map<String, String> out = new HashMap<>();
        for (Item item : q.items()) {
            int value;
            if (q.subscale("distress").orElseThrow().items().contains(item.id())) {
                value = distress;
            } else if (q.subscale("overwhelmed").orElseThrow().items().contains(item.id())) {
                value = overwhelmed;
            } else if (trustScale.items().contains(item.id())) {
                value = item.reverse() ? item.scale().min() + item.scale().max() - trust : trust;
            } else {
                value = other;
            }
            out.put(item.id(), String.valueOf(value));
        }
        return out;
    }
}
