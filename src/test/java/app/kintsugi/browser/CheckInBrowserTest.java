package app.kintsugi.browser;

import static app.kintsugi.checkin.TestCheckIns.ITEMS;
import static app.kintsugi.checkin.TestCheckIns.answers;
import static app.kintsugi.checkin.TestCheckIns.strings;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.TestCheckIns;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Timeline;
import app.kintsugi.program.TimelineDraft;
import app.kintsugi.program.TimelineKind;

/**
 * The weekly check-in in two browsers. Ana, with a few earlier weeks behind her, answers this week's
 * check-in but leaves two questions open: the page says what is still open and keeps what she chose.
 * She finishes it and sees how things have moved. She answers again the same week, is asked whether
 * the new answers should replace the earlier ones, confirms, and the new scores show. Ben sees no
 * line of hers on his own trajectory until she chooses "Show my scores to Ben". Each kind of page is
 * checked with axe once. The pages are also saved as pictures in light and dark on a phone.
 */
class CheckInBrowserTest extends BrowserTest {

    private static final Pattern SAVED = Pattern.compile("/check-in/trajectory\\?saved$");

    @Autowired
    CheckIns checkIns;

    @Autowired
    TestCheckIns checkInsFor;

    @Autowired
    Timeline timeline;

    @Test
    void aCheckInLeftHalfOpenIsFinishedLaterReplacedOnlyOnceConfirmedAndTheScoresReachThePartnerOnlyByChoice() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        checkInsFor.earlierWeeks(ana, new int[] {2, 3, 3}, new int[] {7, 6, 6});
        checkInsFor.earlierWeeks(ben, new int[] {3, 3, 4}, new int[] {5, 5, 4});
        List<String> console = new ArrayList<>();
        Page a = watched(newPerson(), "Ana", console);
        Page b = watched(newPerson(), "Ben", console);

        signInCheckingTheForm(a, ana.email());

        // Ana answers eight of the ten questions and saves: what she chose is kept, the rest is named.
        a.navigate("/check-in");
        assertThat(h1(a)).hasText("Your weekly check-in");
        assertThat(a.locator(".check-in-form fieldset")).hasCount(ITEMS.size());
        checkedElsewhere(a);
        Map<String, Integer> first = answers(4, 3, 2, 3);
        first.remove("close");
        first.remove("hope");
        choose(a, first);
        button(a, "Save my check-in").click();
        assertThat(a.getByRole(AriaRole.STATUS)).hasText(
                "What you answered is saved. 2 questions are still open; you can come back to them this week.");
        for (String open : List.of("close", "hope")) {
            assertThat(item(a, open).locator(".field-error")).hasText("Still open. Choose an answer when you are ready.");
            assertThat(item(a, open).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setChecked(true))).hasCount(0);
        }
        assertThat(a.locator(".field-error")).hasCount(2);
        first.forEach((id, v) -> assertThat(radio(a, id, v)).isChecked());
        assertAccessible(a);

        // She finishes it: only the two open questions are left to answer.
        choose(a, Map.of("close", 3, "hope", 4));
        button(a, "Save my check-in").click();
        assertThat(a).hasURL(SAVED);
        assertThat(a.getByRole(AriaRole.STATUS).first()).hasText("Thank you. Your check-in is saved.");
        assertThat(h1(a)).hasText("How things have moved");
        // The page leads with where her scores stand, in words; the charts are folded until she opens one.
        Locator summary = a.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Where your scores stand"));
        assertThat(summary).containsText("4 check-ins since the week of");
        assertThat(summary.locator(".summary-scores > li")).hasCount(7);
        assertThat(summary).containsText("Overall distress: 3.0 of 10");
        assertThat(summary).not().containsText("reliable");
        assertThat(a.locator("svg.trajectory-svg").first()).isHidden();
        openScale(a, "Overall distress");
        assertThat(series(a, "Overall distress").locator("svg.trajectory-svg")).isVisible();
        assertThat(series(a, "Trust in your partner").locator("svg.trajectory-svg")).isHidden();
        Locator distress = series(a, "Overall distress");
        assertThat(distress.locator(".trajectory-latest")).containsText("Latest: 3.0 (from 0 to 10)");
        assertThat(distress.locator(".dot-mine")).hasCount(4);
        assertThat(series(a, "Closeness").locator(".trajectory-latest")).containsText("Latest: 3.0");
        assertThat(a.locator(".line-partner")).hasCount(0);
        assertThat(a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer this week’s check-in"))).hasCount(0);
        assertAccessible(a);

        // Answering again the same week asks first, changes nothing until she confirms, then replaces.
        a.navigate("/check-in");
        assertThat(a.getByRole(AriaRole.STATUS)).containsText("You have checked in this week.");
        assertThat(radio(a, "distress", 3)).isChecked();
        checkedElsewhere(a);
        choose(a, Map.of("distress", 1, "hope", 5));
        button(a, "Save my check-in").click();
        assertThat(a.getByRole(AriaRole.ALERT)).containsText("You already checked in this week.");
        assertThat(radio(a, "distress", 1)).isChecked();
        assertThat(radio(a, "hope", 5)).isChecked();
        assertThat(a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Keep the earlier check-in"))).isVisible();
        checkedElsewhere(a);
        a.locator("#confirm").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Replace this week’s check-in")).click();
        assertThat(a).hasURL(SAVED);
        assertThat(distress.locator(".trajectory-latest")).containsText("Latest: 1.0 (from 0 to 10)");
        assertThat(distress.locator(".dot-mine")).hasCount(4);
        assertThat(series(a, "Hope").locator(".trajectory-latest")).containsText("Latest: 5.0");
        checkedElsewhere(a);

        // Ben sees only his own line until Ana chooses to show him her scores.
        signInCheckedElsewhere(b, ben.email());
        b.navigate("/check-in/trajectory");
        assertThat(b.locator(".line-mine")).hasCount(7);
        assertThat(b.locator(".line-partner")).hasCount(0);
        assertThat(b.locator("#sharing")).containsText("Ana’s scores are theirs to share");
        checkedElsewhere(b);

        button(a, "Show my scores to Ben").click();
        assertThat(a).hasURL(Pattern.compile("/check-in/trajectory\\?sharing#sharing$"));
        assertThat(a.locator("#sharing [role=status]")).hasText("Ben can now see your scores.");
        assertThat(button(a, "Keep my scores private")).isVisible();
        checkedElsewhere(a);

        b.reload();
        assertThat(b.locator(".line-partner")).hasCount(7);
        Locator benDistress = series(b, "Overall distress");
        assertThat(benDistress.locator(".dot-partner")).hasCount(4);
        assertThat(benDistress.locator(".legend")).containsText("Ana’s shared scores");
        assertThat(b.locator(".signals")).hasCount(0);
        assertAccessible(b);

        Assertions.assertThat(console).as("errors in the browser console").isEmpty();
    }

    /** After a first check-in: one card in words, no charts of a single point, short enough for a phone. */
    @Test
    void afterTheFirstCheckInTheTrajectoryIsOneCardInWords() throws Exception {
        TestPerson ana = people.create("Ana");
        checkIns.save(ana.id(), strings(answers(3, 6, 4, 3)), false);
        List<String> problems = new ArrayList<>();
        for (Variant v : VARIANTS.stream().filter(v -> v.device().equals("phone")).toList()) {
            Page a = newPage(newContext(v.options()));
            signInCollecting(a, ana.email(), v, problems);
            a.navigate("/check-in/trajectory");
            Locator summary = a.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Where your scores stand"));
            assertThat(summary).containsText("You have one check-in so far");
            assertThat(summary).containsText("Trust in your partner: 3.0 of 5");
            assertThat(a.locator("svg.trajectory-svg")).hasCount(0);
            assertThat(a.locator("main")).containsText("Charts appear from your second check-in on.");
            Assertions.assertThat(pageHeight(a)).as("one screen or two, not seven charts").isLessThan(2200);
            look(a, "trajectory-first", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ---------------------------------------------------------------- screenshots

    @Test
    @Tag("screenshots")
    void theCheckInPagesInEveryVariant() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        // Twelve uneven weeks: trust dips after a setback and climbs back slowly; this week was heavy.
        checkInsFor.earlierWeeks(ana, new int[] {2, 2, 3, 3, 2, 2, 1, 2, 3, 3, 3}, new int[] {8, 7, 7, 6, 6, 8, 9, 7, 5, 5, 4});
        checkInsFor.earlierWeeks(ben, new int[] {3, 3, 3, 4, 3, 3, 2, 3, 3, 4, 4}, new int[] {6, 6, 5, 5, 4, 6, 7, 5, 4, 4, 3});
        checkIns.save(ben.id(), strings(answers(4, 3, 2, 3)), false);
        checkIns.setSharing(ben.id(), true);
        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        timeline.add(ana.id(), new TimelineDraft(TimelineKind.SETBACK, today.minusWeeks(6),
                "A message from the past came up", "", Visibility.PARTNER));
        timeline.add(ben.id(), new TimelineDraft(TimelineKind.MILESTONE, today.minusWeeks(3),
                "Our first calm talk about March", "", Visibility.PARTNER));

        List<String> problems = new ArrayList<>();
        Page signIn = newPage(newContext(VARIANTS.get(0).options()));
        signInCheckedElsewhere(signIn, ana.email());
        String session = signIn.context().storageState();

        Map<String, Integer> most = answers(3, 6, 4, 3);
        most.remove("close");
        most.remove("hope");
        List<Page> pages = new ArrayList<>();
        for (Variant v : PHONES) {
            Page a = newPage(newContext(v.options().setStorageState(session)));
            pages.add(a);
            a.navigate("/check-in");
            checkedElsewhere(a);
            choose(a, most);
            button(a, "Save my check-in").click();
            assertThat(a.locator(".field-error")).hasCount(2);
            look(a, "checkin-open", v, problems);
        }

        checkIns.save(ana.id(), strings(answers(3, 6, 4, 3)), true);
        for (int i = 0; i < PHONES.size(); i++) {
            Variant v = PHONES.get(i);
            Page a = pages.get(i);
            a.navigate("/check-in");
            checkedElsewhere(a);
            choose(a, Map.of("distress", 5));
            button(a, "Save my check-in").click();
            assertThat(a.getByRole(AriaRole.ALERT)).containsText("You already checked in this week.");
            look(a, "checkin-confirm", v, problems);

            a.navigate("/check-in/trajectory");
            assertThat(a.locator(".signals")).hasCount(1);
            assertThat(a.locator(".mark-setback")).not().hasCount(0);
            assertThat(a.locator(".mark-milestone")).not().hasCount(0);
            assertThat(series(a, "Trust in your partner").locator(".dot-mine")).hasCount(12);
            assertThat(series(a, "Trust in your partner").locator(".line-partner")).hasCount(1);
            assertThat(a.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Milestones and setbacks on the way"))
                    .locator("li")).hasCount(2);
            look(a, "trajectory", v, problems);
            openScale(a, "Trust in your partner");
            series(a, "Trust in your partner").locator("details > summary").click();
            look(a, "trajectory-open", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    // ---------------------------------------------------------------- data

    // ---------------------------------------------------------------- helpers

    private static void choose(Page page, Map<String, Integer> answers) {
        answers.forEach((id, v) -> radio(page, id, v).check());
    }

    private static Locator item(Page page, String id) {
        return page.locator("fieldset#item-" + id);
    }

    private static Locator radio(Page page, String id, int value) {
        return item(page, id).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(String.valueOf(value)).setExact(true));
    }

    /** One scale's chart, table and latest score, folded or not. */
    private static Locator series(Page page, String heading) {
        return scale(page, heading).locator("section.trajectory-series");
    }

    private static Locator scale(Page page, String heading) {
        return page.locator("details.scale-chart").filter(new Locator.FilterOptions()
                .setHas(page.locator("summary > span:first-child").filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^" + heading + "$")))));
    }

    /** Opens a scale's chart, as a person chooses which one to see. */
    private static void openScale(Page page, String heading) {
        scale(page, heading).locator("summary").first().click();
        assertThat(scale(page, heading)).hasAttribute("open", "");
    }
}
