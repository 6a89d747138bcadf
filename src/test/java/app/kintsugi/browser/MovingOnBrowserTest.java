package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Role;

/**
 * Moving on in two browsers on phones, each in light and dark: Ana, who was hurt, reflects on why,
 * writes and shares a summary, notes where she is with forgiveness and shows one position, writes a
 * letter to herself; Ben writes accountably and shares a letter with her; each finds what the other
 * shared, and nothing else. Every page is looked at and checked with axe.
 */
class MovingOnBrowserTest extends BrowserTest {

    private static final Pattern HOME = Pattern.compile("/$");

    @Test
    void eachWritesPrivatelySharesOneThingAtATimeAndFindsOnlyWhatTheOtherShared() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> console = new ArrayList<>();
        var couple = testCouples.of("Ana", Role.HURT_PARTNER, "Ben", Role.BROKE_TRUST);
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        Page a = signedInOn(ana, 0, console);
        Page aDark = signedInOn(ana, 1, console);
        Page b = signedInOn(ben, 1, console);
        Page bLight = signedInOn(ben, 0, console);

        // Why it happened: the hurt partner is told plainly the choice was not hers.
        a.navigate("/steps/movingon");
        assertAccessible(a);
        a.locator("[id='movingon.why']").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Open")).click();
        assertThat(h1(a)).hasText("Start a reflection");
        assertThat(a.locator("main")).containsText("the choice to break trust was not yours");
        assertAccessible(a);
        button(a, "Save privately").click();
        assertThat(a.locator("#relationship-error")).containsText("Please write in at least one of the three parts");
        look(a, "movingon-why-error", PHONES.get(0), problems);
        aDark.navigate("/moving-on/why/new");
        checkedElsewhere(aDark);
        button(aDark, "Save privately").click();
        assertThat(aDark.locator("#relationship-error")).isVisible();
        look(aDark, "movingon-why-error", PHONES.get(1), problems);
        label(a, "In the relationship").fill("We had stopped talking about anything but the children.");
        label(a, "In me: what it touched").fill("The old fear of not being enough. I need honesty, even when it is hard.");
        button(a, "Save privately").click();
        assertThat(status(a).first()).containsText("Saved. Only you can read it.");
        assertAccessible(a);
        label(a, "Summary of why it happened").fill("We drifted apart and did not say it. That does not make it my choice.");
        button(a, "Save the summary").click();
        assertThat(a.locator("#shared-summary")).containsText("Summary saved.");
        checkedElsewhere(a);
        button(a, "Share the summary with my partner").click();
        assertThat(a.locator("#shared-summary")).containsText("Your partner can read this summary, and only the summary.");
        assertAccessible(a);
        both(a, aDark, a.url().replaceAll("[?#].*", ""), "movingon-why", problems);

        // Forgiveness: a position chosen, noted privately, one shown.
        a.navigate("/moving-on/forgiveness");
        assertAccessible(a);
        label(a, "Some days the hurt feels a little lighter.").check();
        label(a, "A note for yourself (optional, always private)").fill("After the walk on Sunday.");
        button(a, "Save privately").click();
        assertThat(a.locator("#history")).containsText("After the walk on Sunday.");
        checkedElsewhere(a);
        button(a, "Show this position to my partner").click();
        assertThat(a.locator("#history")).containsText("Your partner sees this position and its date");
        checkedElsewhere(a);
        both(a, aDark, "/moving-on/forgiveness", "movingon-forgiveness", problems);

        // A letter to herself, kept.
        a.navigate("/moving-on/letters/new");
        assertAccessible(a);
        label(a, "Myself").check();
        label(a, "Your letter").fill("You were braver than you knew.");
        button(a, "Save privately").click();
        assertThat(a.locator("main")).containsText("Only you can read this letter.");
        checkedElsewhere(a);
        both(a, aDark, a.url().replaceAll("[?#].*", ""), "movingon-letter", problems);
        both(a, aDark, "/moving-on/letters", "movingon-letters", problems);

        // Ben: accountable writing, with no way to send it; a letter he chooses to share.
        b.navigate("/steps/movingon");
        assertAccessible(b);
        assertThat(b.locator("main")).not().containsText("What forgiveness is and is not");
        b.navigate("/moving-on/accountable");
        assertThat(b.locator("main")).containsText("never means asking your partner to forgive you");
        assertAccessible(b);
        label(b, "What I did").fill("I hid the messages for months and lied when asked.");
        label(b, "What I keep doing").fill("I answer every question, even the same one twice.");
        button(b, "Save privately").click();
        assertThat(b.locator("#mine")).containsText("I hid the messages");
        checkedElsewhere(b);
        both(bLight, b, "/moving-on/accountable", "movingon-accountable", problems);
        b.navigate("/moving-on/shared");
        checkedElsewhere(b);
        assertThat(b.locator("main")).containsText("We drifted apart and did not say it.");
        assertThat(b.locator("main")).containsText("Some days the hurt feels a little lighter.");
        assertThat(b.locator("main")).not().containsText("After the walk on Sunday.");
        assertThat(b.locator("main")).not().containsText("braver than you knew");
        assertThat(b.locator("main")).not().containsText("stopped talking");
        assertThat(b.locator("#pause")).isVisible();
        both(bLight, b, "/moving-on/shared", "movingon-shared", problems);
        b.navigate("/moving-on/letters/new");
        checkedElsewhere(b);
        label(b, "My partner").check();
        label(b, "Your letter").fill("I am not asking for anything. I wanted you to know I see what it cost you.");
        button(b, "Save privately").click();
        assertThat(b.locator("main")).containsText("Only you can read this letter.");
        checkedElsewhere(b);
        button(b, "Share this letter with my partner").click();
        assertThat(b.locator("main")).containsText("Your partner can read this letter now.");
        assertAccessible(b);

        // Ana finds it on Today, reads it with the pause at hand, and the notice is gone.
        a.navigate("/");
        checkedElsewhere(a);
        link(a, "Ben shared a letter with you.").click();
        assertThat(h1(a)).hasText("A letter to you");
        checkedElsewhere(a);
        assertThat(a.locator("#pause")).isVisible();
        assertThat(a.locator("main")).not().containsText("Make it private again");
        both(a, aDark, a.url(), "movingon-letter-received", problems);
        a.navigate("/");
        assertThat(a.locator("main")).not().containsText("Ben shared a letter with you.");
        checkedElsewhere(a);

        org.assertj.core.api.Assertions.assertThat(console).isEmpty();
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    private Page signedInOn(TestPerson person, int variant, List<String> console) {
        Page p = watched(newPage(newContext(PHONES.get(variant).options())), person.name(), console);
        p.navigate("/sign-in");
        checkedElsewhere(p);
        submitSignIn(p, person.email(), HOME);
        checkedElsewhere(p);
        return p;
    }

    /** The page at {@code path} in light (on {@code light}) and in dark (on {@code dark}), the same person in each. */
    private void both(Page light, Page dark, String path, String name, List<String> problems) throws Exception {
        light.navigate(path);
        look(light, name, PHONES.get(0), problems);
        dark.navigate(path);
        look(dark, name, PHONES.get(1), problems);
    }
}
