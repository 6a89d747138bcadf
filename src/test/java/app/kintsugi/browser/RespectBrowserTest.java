package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryDraft;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.respect.KindActs;
import app.kintsugi.respect.RespectRatio;

/**
 * Mutual respect in two browsers, as a new couple would live it. Ana sends Ben an appreciation; he
 * finds it on his overview and sends one back, which Ana finds on hers. Ben notes two kind acts,
 * keeps one private and shares the other, which Ana then sees. Each of them looks at the ratio
 * alone, where only they see it and the counts match what they did; then both choose "Share our
 * ratio" and both see the together view, with who gave which. Each kind of page is checked with axe
 * once. The pages are also saved as pictures in light and dark on a phone.
 */
class RespectBrowserTest extends BrowserTest {

    private static final String FROM_ANA = "Thank you for making dinner on Tuesday when I could not face the kitchen.";
    private static final String FROM_BEN = "Thank you for listening last night without stopping me halfway.";
    private static final String PRIVATE_ACT = "Folded the laundry before you got home";
    private static final String SHARED_ACT = "Brought you tea in bed and let you sleep in";

    @Autowired
    Appreciations appreciations;

    @Autowired
    KindActs kindActs;

    @Autowired
    RespectRatio ratio;

    @Autowired
    Boundaries boundaries;

    @Test
    void appreciationsGoBothWaysKindActsAreSharedByChoiceAndTheRatioIsSeenTogetherOnlyOnceBothChooseIt() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        List<String> console = new ArrayList<>();
        Page a = watched(newPerson(), "Ana", console);
        Page b = watched(newPerson(), "Ben", console);

        signInCheckingTheForm(a, ana.email());

        // Ana tells Ben about something he did that she valued, with this week's prompt above the form.
        a.navigate("/appreciations");
        assertThat(h1(a)).hasText("Appreciations");
        assertThat(a.locator(".prompt-of-the-week")).containsText("This week, you might think about");
        checkedElsewhere(a);
        label(a, "Your appreciation").fill(FROM_ANA);
        button(a, "Send to Ben").click();
        assertThat(a).hasURL(Pattern.compile("/appreciations\\?sent#a-[0-9a-f-]{36}$"));
        assertThat(status(a)).hasText("Sent. Ben will see it here.");
        assertThat(a.locator("section:has(#sent-heading) .written")).hasText(FROM_ANA);
        checkedElsewhere(a);

        // Ben finds it on his overview, reads it, and sends one back.
        b.navigate("/sign-in");
        checkedElsewhere(b);
        submitSignIn(b, ben.email(), HOME);
        Locator news = b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ana sent you an appreciation."));
        assertThat(news).isVisible();
        assertAccessible(b);
        news.click();
        assertThat(b).hasURL(Pattern.compile("/appreciations#a-[0-9a-f-]{36}$"));
        Locator received = b.locator("section:has(#received-heading)");
        assertThat(received.locator("h2")).hasText("From Ana");
        assertThat(received.locator(".written")).hasText(FROM_ANA);
        assertThat(received.locator(".badge")).hasText("New");
        checkedElsewhere(b);
        label(b, "Your appreciation").fill(FROM_BEN);
        button(b, "Send to Ana").click();
        assertThat(status(b)).hasText("Sent. Ana will see it here.");
        assertThat(b.locator("section:has(#sent-heading) .written")).hasText(FROM_BEN);
        assertThat(received.locator(".written")).hasText(FROM_ANA);
        assertThat(received.locator(".badge")).hasCount(0);
        assertAccessible(b);

        a.navigate("/");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben sent you an appreciation.")).click();
        assertThat(a.locator("section:has(#received-heading) .written")).hasText(FROM_BEN);
        checkedElsewhere(a);

        // Ben notes two kind acts: one stays private, the other he shares.
        b.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("In this practice"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kind acts")).click();
        assertThat(b).hasURL(Pattern.compile("/kind-acts$"));
        assertThat(h1(b)).hasText("Kind acts");
        checkedElsewhere(b);
        label(b, "What did you do?").fill(PRIVATE_ACT);
        label(b, "Which day").selectOption(today.minusDays(1).toString());
        button(b, "Note it").click();
        assertThat(b).hasURL(Pattern.compile("/kind-acts\\?logged#k-[0-9a-f-]{36}$"));
        assertThat(status(b)).hasText("Noted. Only you can see it.");
        checkedElsewhere(b);
        assertThat(label(b, "Which day")).hasValue(today.toString());
        label(b, "What did you do?").fill(SHARED_ACT);
        button(b, "Note it").click();
        String shared = b.url().replaceAll("^.*#k-", "");
        Locator act = b.locator("#k-" + shared);
        assertThat(act.locator(".written")).hasText(SHARED_ACT);
        assertThat(act.locator(".badge")).hasText("Only you");
        checkedElsewhere(b);
        act.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Share with Ana")).click();
        assertThat(b).hasURL(Pattern.compile("/kind-acts\\?shared#k-" + shared + "$"));
        assertThat(status(b)).hasText("Shared. Ana can see it now.");
        Locator mine = b.locator("section:has(#mine-heading) ul.entries > li");
        assertThat(mine.locator(".written")).hasText(new String[] {SHARED_ACT, PRIVATE_ACT});
        assertThat(mine.locator(".badge")).hasText(new String[] {"Shared with your partner", "Only you"});
        assertThat(act.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make it private again"))).isVisible();
        assertAccessible(b);

        a.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("In this practice"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kind acts")).click();
        Locator fromBen = a.locator("section:has(#partner-heading)");
        assertThat(fromBen.locator("h2")).hasText("Shared by Ben");
        assertThat(fromBen.locator(".written")).hasText(SHARED_ACT);
        assertThat(a.getByText(PRIVATE_ACT)).hasCount(0);
        checkedElsewhere(a);

        // The ratio, each alone: the two appreciations and the shared act; Ben's page counts his private act too.
        a.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("In this practice"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("The ratio")).click();
        assertThat(a).hasURL(Pattern.compile("/respect/ratio$"));
        assertThat(h1(a)).hasText("The ratio");
        Locator anaMine = a.locator("section:has(#mine-heading)");
        assertThat(anaMine.locator(".notice")).hasText(Pattern.compile("^Only you see this page\\."));
        assertThat(anaMine.locator("ul.figures > li")).hasText(new String[] {
                "In the last 12 weeks: 3 positive moments, and no negative ones.",
                "Something was counted in 1 of the 12 weeks.",
                "This week so far: 3 positive, 0 negative."});
        assertThat(anaMine).containsText("No private kind acts of yours are counted here.");
        assertThat(anaMine.locator(".ratio-positive")).hasCount(1);
        assertThat(anaMine.locator(".ratio-negative")).hasCount(0);
        anaMine.locator("details.record-table > summary").click();
        Locator thisWeek = anaMine.locator("details.record-table tbody tr").last();
        assertThat(thisWeek.locator("td")).hasText(new String[] {"3", "0"});
        assertThat(a.locator("#together")).hasCount(0);
        checkedElsewhere(a);

        b.navigate("/respect/ratio");
        Locator benMine = b.locator("section:has(#mine-heading)");
        assertThat(benMine.locator("ul.figures > li").first()).hasText("In the last 12 weeks: 4 positive moments, and no negative ones.");
        assertThat(benMine).containsText("This includes 1 of your private kind acts.");
        assertThat(b.locator("#together")).hasCount(0);
        checkedElsewhere(b);

        // Both choose to share; only then do both see the together view.
        button(a, "Share our ratio").click();
        assertThat(a).hasURL(Pattern.compile("/respect/ratio\\?shareOn#sharing$"));
        assertThat(status(a)).hasText("Your choice is saved.");
        assertThat(a.locator("#sharing")).containsText("You chose to share your ratio.");
        assertThat(a.locator("#together")).hasCount(0);
        checkedElsewhere(a);
        b.reload();
        assertThat(b.locator("#sharing")).containsText("Ana is not told whether you chose it");
        assertThat(b.locator("#together")).hasCount(0);
        checkedElsewhere(b);
        button(b, "Share our ratio").click();
        assertThat(status(b)).hasText("Your choice is saved. You both chose to share, so you now see your ratio together.");
        Locator together = b.locator("#together");
        assertThat(together.locator("h2")).hasText("Together");
        assertThat(together.locator("ul.figures > li").first()).hasText("In the last 12 weeks: 3 positive moments, and no negative ones.");
        assertThat(together.locator("caption").first()).hasText("Who gave which positive moments, last 12 weeks");
        assertThat(together.locator("thead th").nth(2)).hasText("Ana");
        assertThat(row(together, "Appreciations sent")).hasText(new String[] {"1", "1"});
        assertThat(row(together, "Kind acts shared")).hasText(new String[] {"1", "0"});
        assertThat(b.locator("section:has(#mine-heading) .notice")).hasText(Pattern.compile("^Only you see this part\\."));
        assertThat(button(b, "Stop sharing our ratio")).isVisible();
        assertAccessible(b);

        a.reload();
        Locator anaTogether = a.locator("#together");
        assertThat(anaTogether.locator("h2")).hasText("Together");
        assertThat(anaTogether).containsText("You and Ben both chose to share your ratio");
        assertThat(anaTogether.locator("thead th").nth(2)).hasText("Ben");
        assertThat(row(anaTogether, "Appreciations sent")).hasText(new String[] {"1", "1"});
        assertThat(row(anaTogether, "Kind acts shared")).hasText(new String[] {"0", "1"});
        checkedElsewhere(a);

        Assertions.assertThat(console).as("errors in the browser console").isEmpty();
    }

    // ---------------------------------------------------------------- screenshots

    @Test
    @org.junit.jupiter.api.Tag("screenshots")
    void theRespectPagesInEveryVariant() throws Exception {
        // The space begins before the ten weeks written in it: what is noted before a partner joins stays its writer's.
        clock.advance(Duration.ofDays(-71));
        TestCouple couple;
        try {
            couple = testCouples.of("Ana", "Ben");
        } finally {
            clock.reset();
        }
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        tenWeeksOfMoments(ana, ben);

        List<String> problems = new ArrayList<>();
        Page signInA = newPage(newContext(VARIANTS.get(0).options()));
        Page signInB = newPage(newContext(VARIANTS.get(0).options()));
        signInA.navigate("/sign-in");
        check(signInA, "sign-in", VARIANTS.get(0), problems);
        submitSignIn(signInA, ana.email(), HOME);
        checkedElsewhere(signInA);
        signInCheckedElsewhere(signInB, ben.email());
        String anaSession = signInA.context().storageState();
        String benSession = signInB.context().storageState();

        List<Page> anas = new ArrayList<>();
        for (Variant v : PHONES) {
            Page a = newPage(newContext(v.options().setStorageState(anaSession)));
            Page b = newPage(newContext(v.options().setStorageState(benSession)));
            anas.add(a);

            a.navigate("/appreciations");
            look(a, "appreciations", v, problems);
            b.navigate("/kind-acts");
            look(b, "kind-acts", v, problems);
            a.navigate("/kind-acts");
            look(a, "kind-acts-partner", v, problems);
            a.navigate("/respect/ratio");
            a.locator("#mine-heading ~ .record-charts details.record-table > summary").click();
            look(a, "ratio-alone", v, problems);
        }

        ratio.setSharing(ana.id(), true);
        ratio.setSharing(ben.id(), true);
        for (int i = 0; i < PHONES.size(); i++) {
            Page a = anas.get(i);
            a.navigate("/respect/ratio");
            look(a, "ratio-together", PHONES.get(i), problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    /**
     * Appreciations both ways over ten weeks, kind acts shared and private, a boundary crossed twice:
     * an uneven picture, with a quiet week in between, as rebuilding usually is.
     */
    private void tenWeeksOfMoments(TestPerson ana, TestPerson ben) {
        clock.advance(Duration.ofDays(-70));
        try {
            UUID boundary = boundaries.propose(ana.id(), new BoundaryDraft("We tell each other when we are in touch with an ex.",
                    "I need to stop guessing.", "CONTACT", LocalDate.now(clock.withZone(MADRID)).plusDays(91).toString()));
            boundaries.agree(ben.id(), boundary, boundaries.read(ben.id(), boundary).version(), 1);
            appreciations.send(ben.id(), "Thank you for staying at the table when it got hard.");
            clock.advance(Duration.ofDays(7));
            appreciations.send(ana.id(), "Thank you for answering my question about March, even though it was painful.");
            boundaries.crossed(ben.id(), boundary, "SELF", "She messaged me and I waited two days to tell you.");
            clock.advance(Duration.ofDays(7));
            appreciations.send(ben.id(), "Thank you for walking with me on Sunday.");
            appreciations.send(ana.id(), "Thank you for putting your phone face up on the table.");
            kindActs.setShared(ben.id(), kindActs.log(ben.id(), "Picked up your prescription on my way home", ""), true);
            clock.advance(Duration.ofDays(14));
            boundaries.crossed(ana.id(), boundary, "PARTNER", null);
            appreciations.send(ben.id(), "Thank you for telling me when you needed a break instead of going quiet.");
            clock.advance(Duration.ofDays(14));
            appreciations.send(ana.id(), "Thank you for remembering my mother\u2019s appointment.");
            appreciations.send(ben.id(), "Thank you for the note you left on the fridge.");
            kindActs.setShared(ana.id(), kindActs.log(ana.id(), "Cooked your favourite soup", ""), true);
            kindActs.log(ben.id(), "Cleaned the car without being asked", "");
            clock.advance(Duration.ofDays(14));
            appreciations.send(ben.id(), "Thank you for laughing with me at dinner. I had missed that.");
            kindActs.setShared(ben.id(), kindActs.log(ben.id(), "Made coffee for both of us before you woke up", ""), true);
        } finally {
            clock.reset();
        }
        appreciations.send(ana.id(), "Thank you for making dinner on Tuesday when I could not face the kitchen. "
                + "It was a small thing and it meant a lot.");
        appreciations.send(ben.id(), FROM_BEN);
        kindActs.log(ben.id(), PRIVATE_ACT, "");
        kindActs.setShared(ben.id(), kindActs.log(ben.id(), SHARED_ACT, ""), true);
        kindActs.log(ana.id(), "Called your mother back so you did not have to", "");
    }

    // ---------------------------------------------------------------- helpers

    /** The numbers in the row of a table headed by {@code heading}. */
    private static Locator row(Locator section, String heading) {
        return section.locator("tr:has(th:text-is(\"" + heading + "\")) td");
    }
}
