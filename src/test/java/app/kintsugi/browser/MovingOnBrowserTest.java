package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
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
 * shared, and nothing else. Every page is looked at and checked with axe. Then one couple walks the
 * whole step over four days, from why it happened to the decision aid and a dignified ending.
 */
class MovingOnBrowserTest extends BrowserTest {

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

    /**
     * One couple through the whole step, over four days that end now, each on their own phone: why it
     * happened (each privately; Ben shares a summary, and Ana sees only that), forgiveness and
     * accountability (each alone, and nothing of it reaches the other), the decision aid (each
     * privately; each sees the other's lean only after both said yes), and the ending. Signed in again,
     * each finds their own writing and can reach nothing of the other's.
     */
    @Test
    void oneCoupleWalksTheStepOverDaysToADignifiedEnding() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> console = new ArrayList<>();
        // Axe runs on the states no other test checks; a page in a state the test above or
        // DecisionBrowserTest already checks (and looks at) counts as checked here.
        // Sessions are stamped with the real time, so the days are walked up to now, never past it.
        clock.advance(Duration.ofDays(-3));
        var couple = testCouples.of("Ana", Role.HURT_PARTNER, "Ben", Role.BROKE_TRUST);
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        Page a = signedInOn(ana, 0, console);
        Page b = signedInOn(ben, 1, console);

        // Day 1. Each reflects on why, privately; Ben writes a summary and shares it.
        a.navigate("/moving-on/why/new");
        checkedElsewhere(a);
        label(a, "In the relationship").fill("We lived side by side and stopped asking how the other was.");
        label(a, "In me: what it touched").fill("My fear of being left, which I never said aloud.");
        button(a, "Save privately").click();
        assertThat(status(a).first()).containsText("Saved. Only you can read it.");
        checkedElsewhere(a);
        String anasWhy = path(a);
        open(b, "/moving-on/why/new");
        label(b, "In me: what made it possible").fill("I hid from every hard talk and told myself it did not count.");
        button(b, "Save privately").click();
        assertThat(b).hasURL(Pattern.compile("/moving-on/why/[0-9a-f-]+\\?saved$"));
        checkedElsewhere(b);
        String bensWhy = path(b);
        label(b, "Summary of why it happened").fill("I avoided what was hard between us and chose to hide. That was mine to choose.");
        button(b, "Save the summary").click();
        assertThat(b.locator("#shared-summary")).containsText("Summary saved.");
        checkedElsewhere(b);
        button(b, "Share the summary with my partner").click();
        assertThat(b.locator("#shared-summary")).containsText("Your partner can read this summary, and only the summary.");
        checkedElsewhere(b);

        // Ana finds it on Today, reads the summary and nothing else of his.
        a.navigate("/");
        checkedElsewhere(a);
        link(a, "Ben shared a summary of their thoughts on why it happened.").click();
        assertThat(h1(a)).hasText("Why it happened: a summary");
        assertThat(a.locator("main")).containsText("That was mine to choose.");
        assertThat(a.locator("#pause")).isVisible();
        assertAccessible(a);
        String bensSummary = path(a);
        a.navigate("/moving-on/shared");
        assertThat(a.locator("main")).containsText("I avoided what was hard between us");
        assertThat(a.locator("main")).not().containsText("hid from every hard talk");
        checkedElsewhere(a);
        String anasShared = a.locator("main").innerText();
        notFound(a, bensWhy, console);
        b.navigate("/moving-on/shared");
        assertThat(b.locator("main")).containsText("Ana hasn\u2019t shared anything here.");
        assertThat(b.locator("main")).not().containsText("stopped asking");
        assertAccessible(b);
        String bensShared = b.locator("main").innerText();

        // Day 2. Ana notes where she is with forgiveness and writes Ben a letter she keeps; Ben writes
        // accountably. Neither sees anything of the other's, and nothing asks anyone to forgive.
        clock.advance(Duration.ofDays(1));
        a.navigate("/moving-on/forgiveness");
        checkedElsewhere(a);
        label(a, "I don\u2019t know what forgiveness would mean for me.").check();
        label(a, "A note for yourself (optional, always private)").fill("Not today, and that is allowed.");
        button(a, "Save privately").click();
        assertThat(a.locator("#history")).containsText("Not today, and that is allowed.");
        checkedElsewhere(a);
        a.navigate("/moving-on/letters/new");
        checkedElsewhere(a);
        label(a, "My partner").check();
        label(a, "Your letter").fill("I do not know yet what I will do with what you did.");
        button(a, "Save privately").click();
        assertThat(a.locator("main")).containsText("Only you can read this letter.");
        checkedElsewhere(a);
        String anasLetter = path(a);
        b.navigate("/moving-on/accountable");
        checkedElsewhere(b);
        label(b, "What I did").fill("I lied for a year and let her doubt herself.");
        label(b, "What I still owe").fill("Patience, for as long as it takes, whatever she decides.");
        button(b, "Save privately").click();
        assertThat(b.locator("#mine")).containsText("I lied for a year");
        checkedElsewhere(b);
        b.navigate("/moving-on/shared");
        checkedElsewhere(b);
        org.assertj.core.api.Assertions.assertThat(b.locator("main").innerText()).isEqualTo(bensShared);
        notFound(b, anasLetter, console);
        b.navigate("/");
        checkedElsewhere(b);
        for (Page p : List.of(a, b)) {
            if (p == a) {
                p.navigate("/");
                checkedElsewhere(p);
                assertThat(p.locator("main")).not().containsText("Ben shared");
            }
            assertThat(p.locator("#today")).not().containsText(Pattern.compile("forgiv", Pattern.CASE_INSENSITIVE));
            assertThat(p.locator("main")).not().containsText("Not today, and that is allowed.");
            assertThat(p.locator("main")).not().containsText("I lied for a year");
        }
        a.navigate("/moving-on/shared");
        checkedElsewhere(a);
        org.assertj.core.api.Assertions.assertThat(a.locator("main").innerText()).isEqualTo(anasShared);

        // Day 3. Each thinks it through privately and notes a lean; each sees the other's only once both said yes.
        clock.advance(Duration.ofDays(1));
        a.navigate("/moving-on/decision");
        checkedElsewhere(a);
        label(a, "What parting would take").fill("Two homes near the school, and telling my sister first.");
        button(a, "Save for me").click();
        assertThat(status(a).first()).containsText("Only you can read it.");
        checkedElsewhere(a);
        a.getByLabel("Apart", new Page.GetByLabelOptions().setExact(true)).check();
        button(a, "Note it, for me").click();
        assertThat(a.locator("#lean")).containsText("Where you lean now: Apart");
        checkedElsewhere(a);
        button(a, "I am willing to show Ben where I lean").click();
        assertThat(a.locator("#reveal")).containsText("unless Ben says so too");
        checkedElsewhere(a);
        b.navigate("/moving-on/decision");
        checkedElsewhere(b);
        label(b, "What I have seen change").fill("We can be kind to each other now, even when we disagree.");
        button(b, "Save for me").click();
        assertThat(status(b).first()).containsText("Only you can read it.");
        checkedElsewhere(b);
        b.getByLabel("Apart", new Page.GetByLabelOptions().setExact(true)).check();
        button(b, "Note it, for me").click();
        assertThat(b.locator("#lean")).containsText("Where you lean now: Apart");
        assertThat(b.locator("#reveal")).not().containsText("Ana leans");
        assertThat(b.locator("main")).not().containsText("Two homes near the school");
        checkedElsewhere(b);
        button(b, "I am willing to show Ana where I lean").click();
        assertThat(b.locator("#reveal")).containsText("Ana leans: Apart");
        assertThat(b.locator("main")).not().containsText("Two homes near the school");
        checkedElsewhere(b);
        a.reload();
        assertThat(a.locator("#reveal")).containsText("Ben leans: Apart");
        assertThat(a.locator("main")).not().containsText("kind to each other now");
        checkedElsewhere(a);

        // Day 4. Ana reads what parting means and ends the space; Ben is not asked.
        clock.advance(Duration.ofDays(1));
        link(a, "What parting means here").click();
        assertThat(h1(a)).hasText("If you part");
        for (String offered : List.of("Download your data", "Support through a separation", "Parenting from two homes", "Family mediation")) {
            assertThat(a.locator("main")).containsText(offered);
        }
        checkedElsewhere(a);
        a.getByLabel("I understand that this ends our shared space").check();
        button(a, "End our shared space").click();
        assertThat(h1(a)).hasText("What now");
        assertThat(a.locator("main")).containsText("still only yours to read");
        look(a, "moving-on-walk-after-ana", PHONES.get(0), problems);
        b.navigate("/");
        assertThat(b.locator("main")).containsText("when the other person left it");
        look(b, "moving-on-walk-after-ben", PHONES.get(1), problems);

        // Each signs in again, on the other colour scheme, and finds their own writing and nothing of the other's.
        Page a2 = signedInOn(ana, 1, console);
        assertThat(a2.locator("main")).containsText("You left your shared space on");
        assertAccessible(a2);
        a2.navigate("/moving-on/after");
        look(a2, "moving-on-walk-after-ana", PHONES.get(1), problems);
        Page b2 = signedInOn(ben, 0, console);
        look(b2, "moving-on-walk-after-ben", PHONES.get(0), problems);
        a2.navigate("/moving-on/why");
        assertAccessible(a2);
        link(a2, "We lived side by side and stopped asking how the other was.").click();
        assertThat(a2.locator("main")).containsText("My fear of being left");
        checkedElsewhere(a2);
        a2.navigate("/moving-on/letters");
        checkedElsewhere(a2);
        a2.navigate(anasLetter);
        assertThat(a2.locator("main")).containsText("I do not know yet what I will do");
        checkedElsewhere(a2);
        a2.navigate("/moving-on/forgiveness");
        assertThat(a2.locator("#history")).containsText("Not today, and that is allowed.");
        checkedElsewhere(a2);
        a2.navigate("/moving-on/decision");
        assertThat(a2.locator("main")).containsText("Two homes near the school");
        assertThat(a2.locator("main")).not().containsText("Ben leans");
        checkedElsewhere(a2);
        a2.navigate("/moving-on/shared");
        assertThat(a2.locator("main")).containsText("Once your partner has joined your space");
        assertThat(a2.locator("main")).not().containsText("I avoided what was hard");
        assertAccessible(a2);
        notFound(a2, bensWhy, console);
        notFound(a2, bensSummary, console);
        b2.navigate("/moving-on/why");
        assertThat(b2.locator("main")).containsText("I hid from every hard talk");
        checkedElsewhere(b2);
        b2.navigate("/moving-on/accountable");
        assertThat(b2.locator("#mine")).containsText("Patience, for as long as it takes");
        checkedElsewhere(b2);
        b2.navigate("/moving-on/decision");
        assertThat(b2.locator("main")).containsText("kind to each other now");
        assertThat(b2.locator("main")).not().containsText("Ana leans");
        checkedElsewhere(b2);
        notFound(b2, anasLetter, console);
        notFound(b2, anasWhy, console);

        org.assertj.core.api.Assertions.assertThat(console).isEmpty();
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    /** The page's address without its query or fragment. */
    private static String path(Page page) {
        return java.net.URI.create(page.url()).getPath();
    }

    /**
     * The other person's entry answers as if it did not exist. The browser notes the 404 in its
     * console; that one line is expected and taken out of {@code console}.
     */
    private void notFound(Page page, String path, List<String> console) {
        org.assertj.core.api.Assertions.assertThat(page.navigate(path).status()).as(path).isEqualTo(404);
        assertThat(h1(page)).hasText("We couldn\u2019t find that");
        checkedElsewhere(page);
        console.removeIf(line -> line.contains(page.url() + ": Failed to load resource: the server responded with a status of 404"));
    }

    private Page signedInOn(TestPerson person, int variant, List<String> console) {
        Page p = watched(newPage(newContext(PHONES.get(variant).options())), person.name(), console);
        signInCheckedElsewhere(p, person.email());
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
