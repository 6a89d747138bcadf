package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import app.kintsugi.account.TestAccounts.TestPerson;

/**
 * Together or apart in two browsers on phones, Ana's light and Ben's dark: each writes privately and
 * notes a lean; Ana says she is willing to show hers and Ben's page does not change; Ben says so too
 * and each sees the other's lean; Ana reads the parting page, forgets the box, then parts alone; she
 * lands on "what now", and Ben on the same calm notice anyone sees after an ending, with his own
 * writing kept. Every page is checked with axe and looked at.
 */
class DecisionBrowserTest extends BrowserTest {

    @Test
    void bothWriteBothShowTheirLeanOnePartsAndBothLandWell() throws Exception {
        List<String> problems = new ArrayList<>();
        var couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        List<String> console = new ArrayList<>();
        Page a = watched(newPage(newContext(PHONES.get(0).options())), "Ana", console);
        Page b = watched(newPage(newContext(PHONES.get(1).options())), "Ben", console);
        signInCheckedElsewhere(a, ana.email());
        signInCheckedElsewhere(b, ben.email());

        // Ana finds the aid in its step and writes, privately.
        a.navigate("/steps/movingon");
        assertAccessible(a);
        assertThat(a.locator("[id='movingon.decision'] h3")).hasText("Together or apart");
        a.locator("[id='movingon.decision']").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Open")).click();
        assertThat(h1(a)).hasText("Together or apart");
        checkedElsewhere(a);
        assertThat(a.locator("main")).containsText("If you are afraid of your partner");
        label(a, "What staying together would take").fill("Honesty every day, not only when asked");
        label(a, "What I still need to know to decide").fill("Whether the messages have really stopped");
        button(a, "Save for me").click();
        assertThat(status(a).first()).containsText("Only you can read it.");
        assertAccessible(a);
        a.getByLabel("Apart", new Page.GetByLabelOptions().setExact(true)).check();
        button(a, "Note it, for me").click();
        assertThat(a.locator("#lean")).containsText("Where you lean now: Apart");
        look(a, "decision-aid", PHONES.get(0), problems);

        // Ben writes his own; nothing of Ana's is on his page.
        b.navigate("/moving-on/decision");
        assertThat(b.locator("main")).not().containsText("Honesty every day");
        label(b, "What I have seen change").fill("We can talk about March without shouting");
        button(b, "Save for me").click();
        checkedElsewhere(b);
        b.getByLabel("Not sure yet").check();
        button(b, "Note it, for me").click();
        String bensBefore = b.locator("#reveal").innerText();
        look(b, "decision-aid", PHONES.get(1), problems);

        // Ana is willing; Ben's page does not change.
        a.navigate("/moving-on/decision#reveal");
        checkedElsewhere(a);
        button(a, "I am willing to show Ben where I lean").click();
        assertThat(a.locator("#reveal")).containsText("unless Ben says so too");
        look(a, "decision-waiting", PHONES.get(0), problems);
        b.reload();
        checkedElsewhere(b);
        org.assertj.core.api.Assertions.assertThat(b.locator("#reveal").innerText()).isEqualTo(bensBefore);

        // Ben is willing too: each sees the other's lean, and only that.
        button(b, "I am willing to show Ana where I lean").click();
        assertThat(b.locator("#reveal")).containsText("Ana leans: Apart");
        assertThat(b.locator("main")).not().containsText("Honesty every day");
        look(b, "decision-both", PHONES.get(1), problems);
        a.reload();
        assertThat(a.locator("#reveal")).containsText("Ben leans: Not sure yet");
        look(a, "decision-both", PHONES.get(0), problems);

        // Ana reads what parting means, forgets the box, then parts alone.
        link(a, "What parting means here").click();
        assertThat(h1(a)).hasText("If you part");
        assertThat(a.locator("main")).containsText("Family mediation");
        look(a, "decision-parting", PHONES.get(0), problems);
        b.navigate("/moving-on/parting");
        look(b, "decision-parting", PHONES.get(1), problems);
        button(a, "End our shared space").click();
        assertThat(a.locator("#confirm-error")).containsText("Please tick the box");
        assertAccessible(a);
        a.getByLabel("I understand that this ends our shared space").check();
        button(a, "End our shared space").click();
        assertThat(h1(a)).hasText("What now");
        assertThat(a.locator("main")).containsText("still here, and still only yours to read");
        look(a, "decision-after", PHONES.get(0), problems);
        b.navigate("/moving-on/after");
        look(b, "decision-after", PHONES.get(1), problems);

        // Ben lands on the calm notice anyone sees after an ending, and keeps his own writing.
        b.navigate("/");
        assertThat(b.locator("main")).containsText("when the other person left it");
        look(b, "decision-ben-today", PHONES.get(1), problems);
        b.navigate("/moving-on/decision");
        assertThat(b.locator("main")).containsText("We can talk about March without shouting");
        assertThat(b.locator("main")).not().containsText("Ana leans");
        look(b, "decision-ben-ended", PHONES.get(1), problems);
        a.navigate("/moving-on/decision");
        assertThat(a.locator("main")).containsText("Honesty every day, not only when asked");
        look(a, "decision-ana-ended", PHONES.get(0), problems);

        org.assertj.core.api.Assertions.assertThat(console).isEmpty();
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }
}
