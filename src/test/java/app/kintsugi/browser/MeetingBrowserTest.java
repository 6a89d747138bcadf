package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import app.kintsugi.account.TestAccounts.TestPerson;

/**
 * State of Us in two browsers on phones: Ana proposes today's weekday, Ben accepts; both find it on
 * Today; each prepares privately; Ben starts the meeting and sees what Ana prepared; Ana turns what
 * she needs into a commitment and marks the meeting held; the history shows it to both, and Ben finds
 * her commitment among his partner's. Every page is checked with axe.
 */
class MeetingBrowserTest extends BrowserTest {

    @Test
    void aTimeIsAgreedBothPrepareTheyHoldItAndOneNeedBecomesACommitment() throws Exception {
        java.util.List<String> problems = new java.util.ArrayList<>();
        var couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        List<String> console = new ArrayList<>();
        Page a = watched(newPage(newContext(PHONES.get(0).options())), "Ana", console);
        Page b = watched(newPage(newContext(PHONES.get(1).options())), "Ben", console);
        signInCheckedElsewhere(a, ana.email());
        signInCheckedElsewhere(b, ben.email());
        String today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid"))).getDayOfWeek().name();

        // The time, chosen together.
        a.navigate("/together");
        assertAccessible(a);
        link(a, "State of Us").click();
        assertAccessible(a);
        a.getByLabel("Day").selectOption(today);
        label(a, "Time").fill("20:00");
        button(a, "Propose this time").click();
        assertThat(a.locator("#time")).containsText("Ben hasn’t answered yet.");
        assertAccessible(a);
        b.navigate("/");
        assertThat(b.locator("main")).containsText("Ana proposed a time for your weekly meeting.");
        assertAccessible(b);
        b.navigate("/meeting");
        button(b, "That suits me").click();
        assertThat(b.locator("#time")).containsText("You meet every");
        assertAccessible(b);
        b.navigate("/");
        assertThat(b.locator("main")).containsText("Your State of Us meeting is today");
        checkedElsewhere(b);

        // Each prepares privately.
        a.navigate("/meeting");
        label(a, "What went well this week").fill("The walk by the river on Tuesday");
        label(a, "One thing I’d like to talk about").fill("How we spend Sundays");
        label(a, "What I need this week").fill("One evening to read on my own");
        button(a, "Save for me").click();
        assertThat(a.locator("#prepare")).containsText("Saved for you.");
        look(a, "meeting-prepared", PHONES.get(0), problems);
        b.navigate("/meeting");
        assertThat(b.locator("main")).not().containsText("The walk by the river");
        label(b, "What went well this week").fill("You made dinner when I was late");
        label(b, "What I need this week").fill("A hug when I come home");
        button(b, "Save for me").click();
        checkedElsewhere(b);

        // Holding it.
        button(b, "Start our meeting").click();
        assertThat(h1(b)).hasText("Our meeting");
        assertThat(b.locator("main")).containsText("The walk by the river on Tuesday");
        assertThat(b.locator("main")).containsText("How we spend Sundays");
        look(b, "meeting-now", PHONES.get(1), problems);
        a.navigate("/meeting/now");
        assertThat(a.locator("main")).containsText("You made dinner when I was late");
        button(a, "Make it a commitment").click();
        assertThat(a.locator("#need")).containsText("It is now a commitment");
        assertAccessible(a);
        button(a, "We held our meeting").click();
        assertThat(h1(a)).hasText("Our meetings");
        assertThat(a.locator("main")).containsText("Held");
        assertThat(a.locator("main")).containsText("Needed: One evening to read on my own");
        look(a, "meeting-history", PHONES.get(0), problems);
        b.navigate("/meeting/history");
        assertThat(b.locator("main")).containsText("Went well: The walk by the river on Tuesday");
        checkedElsewhere(b);
        b.navigate("/commitments");
        assertThat(b.locator("main")).containsText("One evening to read on my own");
        assertAccessible(b);
        b.navigate("/");
        assertThat(b.locator("main")).not().containsText("Your State of Us meeting is today");
        checkedElsewhere(b);
        org.assertj.core.api.Assertions.assertThat(console).isEmpty();
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }
}
