package app.kintsugi.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.TwoCouplesTest;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.Settings;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.trust.web.HeatMap;

class TrustHttpTest extends TwoCouplesTest {

    @Autowired
    Couples couples;

    @Autowired
    Commitments commitments;

    @Autowired
    Accounts accounts;

    @Autowired
    app.kintsugi.privacy.Erasures erasures;

    @Override
    protected TestCouple anaAndBen() {
        return testCouples.of("Ben", "Ana");
    }

    /**
     * Decision 28 for a commitment's answers: once the space has ended, the author no longer sees what
     * the partner wrote on it; once the partner's account is closed, the page still opens.
     */
    @Test
    void onceTheSpaceHasEndedTheAuthorNoLongerSeesThePartnersAnswerNotes() throws Exception {
        UUID id = created(ana, Map.of("text", "I will call when I am late", "kind", "DAILY", "visibility", "PARTNER"));
        String today = LocalDate.now(clock.withZone(MADRID)).toString();
        commitments.report(ana.id(), id, today, Outcome.KEPT, null);
        long version = commitments.read(ben.id(), id).awaiting().get(0).version();
        commitments.confirm(ben.id(), id, today, version, Confirmation.DISPUTED, "BEN-ANSWER-NOTE I did not get a call");
        assertThat(text(page(ana, "/commitments/" + id))).contains("BEN-ANSWER-NOTE");

        couples.leave(ben.id());
        String after = text(page(ana, "/commitments/" + id));
        assertThat(after).contains("I will call when I am late").doesNotContain("BEN-ANSWER-NOTE");

        erasures.erase(ben.id());
        MockHttpServletResponse closed = page(ana, "/commitments/" + id);
        assertThat(closed.getStatus()).isEqualTo(200);
        assertThat(text(closed)).contains("I will call when I am late").doesNotContain("BEN-ANSWER-NOTE");
    }

    @Test
    void aWeekOfDaysGivesTheExpectedCheckInsConfirmationsDisputesStreaksAndRates() throws Exception {
        UUID id = created(ana, Map.of("text", "I will tell you when I will be home late", "kind", "DAILY", "visibility", "PARTNER"));
        assertThat(text(page(ben, "/commitments"))).contains("Shared by Ana").contains("I will tell you when I will be home late");
        String[] plan = {"KEPT+", "KEPT-", "PARTLY", "", "NOT_KEPT", "KEPT", "KEPT"};
        for (int day = 0; day < plan.length; day++) {
            LocalDate today = LocalDate.now(clock.withZone(MADRID));
            String entry = plan[day];
            if (!entry.isEmpty()) {
                assertThat(text(page(ana, "/"))).as("day " + day).contains("Check in on today’s commitment");
                String outcome = entry.replace("+", "").replace("-", "");
                assertThat(postAs(ana, "/commitments/" + id + "/check-in", Map.of("day", today.toString(), "outcome", outcome,
                        "note", "day " + day)).getRedirectedUrl()).contains("?reported");
                assertThat(text(page(ana, "/"))).doesNotContain("Check in on today’s commitment");
                assertThat(text(page(ben, "/"))).containsPattern("Ana (says they (kept|partly kept|did not keep)|checked in on several days of) a commitment you share");
                if (entry.endsWith("+") || entry.endsWith("-")) {
                    long version = commitments.read(ben.id(), id).awaiting().get(0).version();
                    MockHttpServletResponse answered = postAs(ben, "/commitments/" + id + "/confirm", Map.of("day", today.toString(),
                            "version", String.valueOf(version), "confirmation", entry.endsWith("+") ? "CONFIRMED" : "DISPUTED",
                            "note", "seen " + day));
                    if (entry.endsWith("-")) {
                        assertThat(answered.getRedirectedUrl()).contains("?disputed");
                        assertThat(text(page(ben, answered.getRedirectedUrl()))).contains("Plan a conversation about it");
                    }
                }
            }
            // The next morning: the day has ended and now counts.
            clock.advance(Duration.ofDays(1));
        }
        RecordView record = commitments.record(ben.id(), id);
        Consistency k = record.consistency();
        assertThat(k.allTime().due()).isEqualTo(7);
        assertThat(k.allTime().kept()).as("days 0, 5, 6; day 1 was disputed").isEqualTo(3);
        assertThat(k.allTime().answered()).isEqualTo(6);
        assertThat(k.allTime().unknown()).isEqualTo(1);
        assertThat(k.allTime().disputed()).isEqualTo(1);
        assertThat(k.allTime().keptPercent()).isEqualTo(50);
        assertThat(k.currentStreak()).isEqualTo(2);
        assertThat(k.longestStreak()).isEqualTo(2);
        String page = text(page(ana, "/commitments/" + id));
        assertThat(page).contains("Since the start: kept 50 % (3 of 6 days answered).")
                .contains("Kept in a row now: 2. Longest run so far: 2.")
                .contains("1 day was not answered; it counts as unknown, not as broken.")
                .contains("What rebuilding trust usually looks like")
                .contains("Your partner sees it differently").contains("seen 1")
                // One week of days: a sentence, not charts.
                .contains("7 days have ended since the start. Charts appear once there are 14 days to show")
                .doesNotContain("heatmap-svg");
        // Nothing shaming: no "failed", no "broken" score.
        assertThat(page.toLowerCase()).doesNotContain("failed").doesNotContain("broken promise");
    }

    @Test
    void aPrivateCommitmentIsTheAuthorsAloneAndAnotherCoupleSeesNothing() throws Exception {
        UUID id = created(ana, Map.of("text", "Private-promise-Jq3", "kind", "DAILY", "visibility", "PRIVATE"));
        for (TestPerson viewer : List.of(ben, cleo)) {
            assertThat(page(viewer, "/commitments/" + id).getStatus()).isEqualTo(404);
            assertThat(page(viewer, "/commitments/" + id).getContentAsString()).doesNotContain("Jq3");
            assertThat(text(page(viewer, "/commitments"))).doesNotContain("Jq3");
            assertThat(postAs(viewer, "/commitments/" + id + "/confirm", Map.of("day", LocalDate.now().toString(),
                    "confirmation", "CONFIRMED", "version", "0")).getStatus()).isEqualTo(404);
            assertThat(postAs(viewer, "/commitments/" + id + "/check-in", Map.of("day", LocalDate.now().toString(),
                    "outcome", "KEPT")).getStatus()).isEqualTo(404);
        }
        UUID shared = created(ana, Map.of("text", "Shared-promise-Wv5", "kind", "DAILY", "visibility", "PARTNER"));
        assertThat(page(ben, "/commitments/" + shared).getStatus()).isEqualTo(200);
        assertThat(page(cleo, "/commitments/" + shared).getStatus()).isEqualTo(404);
        // The author cannot confirm their own check-in; the partner cannot report for them.
        postAs(ana, "/commitments/" + shared + "/check-in", Map.of("day", today(), "outcome", "KEPT"));
        assertThat(postAs(ana, "/commitments/" + shared + "/confirm", Map.of("day", today(), "confirmation", "CONFIRMED",
                "version", "0")).getStatus()).isEqualTo(404);
        assertThat(postAs(ben, "/commitments/" + shared + "/check-in", Map.of("day", today(), "outcome", "NOT_KEPT"))
                .getStatus()).isEqualTo(404);
        assertThat(page(ben, "/commitments/" + shared + "/edit").getStatus()).isEqualTo(404);
        // Made private again: the partner no longer reaches it.
        postAs(ana, "/commitments/" + shared + "/private", Map.of());
        assertThat(page(ben, "/commitments/" + shared).getStatus()).isEqualTo(404);
        for (String path : List.of("/commitments", "/commitments/new", "/commitments/" + shared)) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
        }
    }

    @Test
    void changingASharedCommitmentIsAProposalThePartnerAgreesToAndHistoryIsKept() throws Exception {
        UUID id = created(ana, Map.of("text", "Dinner together on Sundays", "kind", "WEEKLY", "weekDays", "SUNDAY",
                "visibility", "PARTNER"));
        long version = commitments.read(ana.id(), id).version();
        MockHttpServletResponse proposed = postAs(ana, "/commitments/" + id, Map.of("text", "Dinner together on Saturdays",
                "kind", "WEEKLY", "weekDays", "SATURDAY", "version", String.valueOf(version)));
        assertThat(proposed.getRedirectedUrl()).contains("?proposed");
        assertThat(commitments.read(ben.id(), id).text()).isEqualTo("Dinner together on Sundays");
        String benPage = text(page(ben, "/commitments/" + id));
        assertThat(benPage).contains("Ana proposes a change").contains("Dinner together on Saturdays");
        UUID revision = commitments.read(ben.id(), id).pendingChange().orElseThrow().id();
        // A second proposal waits for the first to be answered.
        assertThat(text(postAs(ana, "/commitments/" + id, Map.of("text", "Lunch", "kind", "DAILY",
                "version", String.valueOf(version))))).contains("A change is already waiting");
        assertThat(postAs(ana, "/commitments/" + id + "/changes/" + revision + "/accept", Map.of()).getStatus()).isEqualTo(404);
        postAs(ben, "/commitments/" + id + "/changes/" + revision + "/accept", Map.of());
        CommitmentView changed = commitments.read(ana.id(), id);
        assertThat(changed.text()).isEqualTo("Dinner together on Saturdays");
        assertThat(changed.schedule().days()).containsExactly(java.time.DayOfWeek.SATURDAY);
        assertThat(changed.history()).extracting(CommitmentView.Change::status).containsExactly("ACCEPTED", "ACCEPTED");

        UUID mine = created(ben, Map.of("text", "Walk every morning", "kind", "DAILY", "visibility", "PRIVATE"));
        assertThat(postAs(ben, "/commitments/" + mine, Map.of("text", "Walk every evening", "kind", "DAILY",
                "version", String.valueOf(commitments.read(ben.id(), mine).version()))).getRedirectedUrl()).contains("?changed");
        assertThat(commitments.read(ben.id(), mine).text()).isEqualTo("Walk every evening");
        // An edit from an old page does not overwrite a newer version.
        assertThat(text(postAs(ben, "/commitments/" + mine, Map.of("text", "Stale", "kind", "DAILY", "version", "0"))))
                .contains("This commitment changed in the meantime");
        assertThat(commitments.read(ben.id(), mine).text()).isEqualTo("Walk every evening");
    }

    @Test
    void badInputIsRefusedFieldByFieldWithTheTextKept() throws Exception {
        String page = text(postAs(ana, "/commitments", Map.of("text", "  ", "kind", "WEEKLY", "start", "2026-02-31",
                "end", "nonsense", "visibility", "EVERYONE")));
        assertThat(page).contains("Please write what you commit to").contains("Please choose at least one day of the week")
                .contains("This date could not be read").contains("Please choose who sees it");
        assertThat(text(postAs(ana, "/commitments", Map.of("text", "<script>x</script> Ünïcødé 💬", "kind", "ONCE",
                "visibility", "PRIVATE")))).contains("Please choose the date it is due by").contains("Ünïcødé 💬");
        assertThat(postAs(ana, "/commitments", Map.of("text", "<script>x</script>", "kind", "ONCE",
                "visibility", "PRIVATE")).getContentAsString()).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x");
        assertThat(text(postAs(ana, "/commitments", Map.of("text", "x".repeat(1001), "kind", "DAILY", "visibility", "PRIVATE"))))
                .contains("This is longer than 1,000 characters");
        assertThat(text(postAs(ana, "/commitments", Map.of("text", "x", "kind", "DAILY", "start", today(),
                "end", LocalDate.parse(today()).minusDays(1).toString(), "visibility", "PRIVATE"))))
                .contains("This date is before the start");
        assertThat(commitments.mine(ana.id())).isEmpty();

        UUID id = created(ana, Map.of("text", "Call at lunch", "kind", "DAILY", "visibility", "PRIVATE"));
        assertThat(text(postAs(ana, "/commitments/" + id + "/check-in", Map.of("day", "2020-01-01", "outcome", "KEPT",
                "note", "kept-note-text")))).contains("This day is not one to check in on").contains("kept-note-text");
        assertThat(text(postAs(ana, "/commitments/" + id + "/check-in", Map.of("day", today())))).contains("Please choose how it went");
        clock.advance(Duration.ofDays(Commitments.LATE_DAYS + 1));
        String late = LocalDate.now(clock.withZone(MADRID)).minusDays(Commitments.LATE_DAYS + 1).toString();
        assertThat(text(postAs(ana, "/commitments/" + id + "/check-in", Map.of("day", late, "outcome", "KEPT"))))
                .contains("This day is not one to check in on");
        // Without a partner, nothing can be shared.
        TestPerson solo = people.create("Solo");
        assertThat(text(postAs(solo, "/commitments", Map.of("text", "x", "kind", "DAILY", "visibility", "PARTNER"))))
                .contains("Sharing needs your partner in your space");
    }

    @Test
    void daysAreTheCommittersDaysWhateverThePartnersTimeZone() throws Exception {
        var benPerson = accounts.find(ben.id()).orElseThrow();
        accounts.updateSettings(ben.id(), new Settings(benPerson.displayName(), benPerson.language(), benPerson.theme(),
                benPerson.discreetMode(), "Pacific/Auckland", benPerson.version()));
        UUID id = created(ana, Map.of("text", "Good night message", "kind", "DAILY", "visibility", "PARTNER"));
        LocalDate anasToday = LocalDate.now(clock.withZone(MADRID));
        assertThat(commitments.read(ben.id(), id).today()).isEqualTo(anasToday);
        assertThat(text(page(ben, "/commitments/" + id))).contains("Days are counted in Ana’s time zone (Europe/Madrid).");
        postAs(ana, "/commitments/" + id + "/check-in", Map.of("day", anasToday.toString(), "outcome", "KEPT"));
        assertThat(commitments.read(ben.id(), id).recent()).extracting(CheckInView::day).containsExactly(anasToday);
    }

    @Test
    void aDayIsNotCountedUntilItHasEnded() throws Exception {
        UUID id = created(ana, Map.of("text", "A message at lunch", "kind", "DAILY", "visibility", "PARTNER"));
        String fresh = text(page(ana, "/commitments/" + id));
        assertThat(fresh).contains("Last four weeks: no check-ins yet.").doesNotContain("0 of 1")
                .contains("The record starts today.");
        // Her own check-in for today comes first, before the record.
        assertThat(fresh.indexOf("How did it go today?")).isPositive().isLessThan(fresh.indexOf("How it has gone"));
        assertThat(commitments.record(ana.id(), id).consistency().allTime().due()).isZero();

        postAs(ana, "/commitments/" + id + "/check-in", Map.of("day", today(), "outcome", "KEPT"));
        assertThat(commitments.record(ana.id(), id).consistency().allTime().due()).as("today is not over").isZero();
        String reported = text(page(ana, "/commitments/" + id));
        assertThat(reported).contains("You checked in for today: Kept.").doesNotContain("1 of 1");

        // Ben answers at the top of the page, before the figures and the calendar.
        String bens = text(page(ben, "/commitments/" + id));
        assertThat(bens.indexOf("Does this match what you saw?")).isPositive().isLessThan(bens.indexOf("How it has gone"));
        assertThat(bens.indexOf("That matches what I saw")).isLessThan(bens.indexOf("How it has gone"));

        clock.advance(Duration.ofDays(1));
        Consistency next = commitments.record(ana.id(), id).consistency();
        assertThat(next.allTime().due()).isEqualTo(1);
        assertThat(next.allTime().kept()).isEqualTo(1);
        assertThat(text(page(ana, "/commitments/" + id))).contains("Since the start: kept 100 % (1 of 1 day answered).")
                .contains("1 day has ended since the start.");
    }

    @Test
    void theCalendarStartsAtTheStartAndChartsComeAfterTwoWeeks() throws Exception {
        UUID id = created(ana, Map.of("text", "Phone on the table at dinner", "kind", "DAILY", "visibility", "PRIVATE"));
        for (int day = 0; day < 13; day++) {
            postAs(ana, "/commitments/" + id + "/check-in", Map.of("day", today(), "outcome", day % 4 == 3 ? "PARTLY" : "KEPT"));
            clock.advance(Duration.ofDays(1));
        }
        assertThat(text(page(ana, "/commitments/" + id))).doesNotContain("heatmap-svg").contains("13 days have ended");
        clock.advance(Duration.ofDays(1));
        String page = text(page(ana, "/commitments/" + id));
        assertThat(page).contains("heatmap-svg").contains("The same, as a table");
        RecordView record = commitments.record(ana.id(), id);
        HeatMap heatMap = HeatMap.of(record.days(), record.schedule(), record.today(), 26, record.consistency());
        // Two weeks from the start span three calendar weeks at most: never 26 weeks of empty squares.
        assertThat(heatMap.columns()).isBetween(3, 3);
        assertThat(heatMap.cells()).hasSize(21);
        LocalDate start = record.start();
        assertThat(heatMap.cells().getFirst().day()).isAfterOrEqualTo(start.minusDays(6)).isBeforeOrEqualTo(start);
        assertThat(page.split("class=\"cell cell-", -1).length - 1).isEqualTo(21);
        assertThat(page).contains("Day by day, last 3 weeks");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String today() {
        return LocalDate.now(clock.withZone(MADRID)).toString();
    }

    private UUID created(TestPerson p, Map<String, String> params) throws Exception {
        MockHttpServletResponse r = postAs(p, "/commitments", params);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
        return UUID.fromString(r.getRedirectedUrl().substring("/commitments/".length(), "/commitments/".length() + 36));
    }
}
