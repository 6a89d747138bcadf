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

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.boundaries.BoundaryDraft;
import app.kintsugi.boundaries.BoundaryStatus;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * Boundaries in two browsers, as a new couple would live them. Ana proposes one, first forgetting to
 * say why it matters (told so next to that field, her words kept); Ben asks to talk about it first,
 * then suggests other words; Ana agrees to them. Later Ben says he crossed it himself, with a note
 * (first forgetting to say who crossed it: the page opens at the form, his note kept);
 * Ana reads it in the history after finding it on her overview, asks to revisit the boundary, and
 * after talking says it can stay as it is. Each kind of page is checked with axe once. The pages are
 * also saved as pictures in light and dark on a phone.
 */
class BoundariesBrowserTest extends BrowserTest {

    private static final Pattern BOUNDARY = Pattern.compile("/boundaries/([0-9a-f-]{36})");

    private static final String WHAT = "We tell each other when we are in touch with an ex.";
    private static final String WHY = "I need to stop guessing. Not knowing is what keeps me awake.";
    private static final String CHANGED = "We tell each other within a day when we are in touch with an ex.";
    private static final String CHANGED_WHY = "A day gives me room to find the words, and you still hear it from me.";
    private static final String CROSSED_NOTE = "She messaged me on Sunday and I only told you on Tuesday.";

    @Autowired
    Boundaries boundaries;

    @Test
    void aBoundaryIsProposedTalkedAboutChangedAgreedCrossedAndRevisited() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        LocalDate today = LocalDate.now(clock.withZone(MADRID));
        List<String> console = new ArrayList<>();
        Page a = watched(newPerson(), "Ana", console);
        Page b = watched(newPerson(), "Ben", console);

        signInCheckingTheForm(a, ana.email());

        // Ana proposes a boundary, but forgets to say why it matters: told next to that field, nothing lost.
        a.navigate("/boundaries");
        assertThat(h1(a)).hasText("Boundaries");
        assertThat(a.locator("#active-heading + p")).hasText("No boundary is agreed yet.");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose a boundary")).click();
        assertThat(a).hasURL(Pattern.compile("/boundaries/new$"));
        assertThat(h1(a)).hasText("Propose a boundary");
        checkedElsewhere(a);
        assertThat(label(a, "Look at it again on")).hasValue(today.plusDays(Boundaries.DEFAULT_REVIEW_DAYS).toString());
        label(a, "The boundary").fill(WHAT);
        label(a, "Contact with someone outside").check();
        button(a, "Propose it").click();
        assertThat(a).hasURL(Pattern.compile("/boundaries$"));
        assertThat(a.getByRole(AriaRole.ALERT)).containsText("Something needs your attention.");
        Locator why = label(a, "Why it matters to me");
        assertThat(a.locator(".field:has(#why) .field-error"))
                .hasText("Please say why it matters to you. It helps your partner understand.");
        assertThat(why).hasAttribute("aria-invalid", "true");
        assertThat(why).hasAttribute("aria-describedby", Pattern.compile("\\bwhy-error\\b"));
        assertThat(label(a, "The boundary")).hasValue(WHAT);
        assertThat(label(a, "The boundary")).hasAttribute("aria-invalid", "false");
        assertThat(label(a, "Contact with someone outside")).isChecked();
        assertThat(a.locator(".field-error")).hasCount(1);
        assertAccessible(a);
        Assertions.assertThat(boundaries.overview(ana.id()).proposed()).isEmpty();

        why.fill(WHY);
        button(a, "Propose it").click();
        assertThat(a).hasURL(Pattern.compile("/boundaries/[0-9a-f-]{36}\\?proposed$"));
        UUID id = idOf(a.url());
        assertThat(status(a)).hasText("Proposed. Ben can agree, suggest a change, or ask to talk about it first.");
        assertThat(h1(a)).hasText("Contact with someone outside");
        assertThat(a.locator("#pending h2")).hasText("Your proposal");
        assertThat(a.locator("#pending")).containsText("Waiting for Ben.");
        checkedElsewhere(a);

        // Ben finds it on his overview, and would like to talk about it first.
        b.navigate("/sign-in");
        checkedElsewhere(b);
        submitSignIn(b, ben.email(), HOME);
        Locator proposed = b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ana proposed a boundary. You can agree, suggest a change or ask to talk first."));
        assertThat(proposed).isVisible();
        assertAccessible(b);
        proposed.click();
        assertThat(b).hasURL(Pattern.compile("/boundaries/" + id + "$"));
        Locator pending = b.locator("#pending");
        assertThat(pending.locator("h2")).hasText("Proposed by Ana");
        assertThat(pending.locator(".boundary-words .written")).hasText(new String[] {WHAT, WHY});
        assertThat(pending.locator(".boundary-words .meta")).hasText("Why it matters to Ana:");
        checkedElsewhere(b);
        button(b, "I\u2019d like to talk about it first").click();
        assertThat(b).hasURL(Pattern.compile("/boundaries/" + id + "\\?talk$"));
        Locator talk = b.locator("#talk");
        assertThat(talk.locator("h2")).hasText("Talking about it");
        assertThat(talk).containsText("Ana will see that you would like to talk first.");
        Locator plan = talk.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Plan a conversation about it"));
        assertThat(plan).isVisible();
        assertThat(plan).hasAttribute("href", Pattern.compile("^/conversations/new\\?topic=A%20boundary:%20Contact"));
        assertThat(pending).containsText("You asked to talk about this first.");
        assertThat(pending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I\u2019d like to talk about it first")))
                .hasCount(0);
        assertAccessible(b);

        // Then he suggests other words, with his own reason.
        pending.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Suggest a change")).click();
        assertThat(b).hasURL(Pattern.compile("/boundaries/" + id + "/change$"));
        assertThat(h1(b)).hasText("Suggest a change");
        assertThat(label(b, "The boundary")).hasValue(WHAT);
        assertThat(label(b, "Contact with someone outside")).isChecked();
        checkedElsewhere(b);
        label(b, "The boundary").fill(CHANGED);
        label(b, "Why it matters to me").fill(CHANGED_WHY);
        button(b, "Propose the change").click();
        assertThat(b).hasURL(Pattern.compile("/boundaries/" + id + "\\?changeProposed$"));
        assertThat(status(b)).containsText("Ana can agree to them");
        assertThat(h1(b)).hasText("Contact with someone outside");
        checkedElsewhere(b);

        // Ana hears of it and agrees to Ben's words.
        a.navigate("/");
        checkedElsewhere(a);
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben proposed a change to a boundary.")).click();
        assertThat(a).hasURL(Pattern.compile("/boundaries/" + id + "$"));
        Locator aPending = a.locator("#pending");
        assertThat(aPending.locator(".boundary-words .written")).hasText(new String[] {CHANGED, CHANGED_WHY});
        assertThat(aPending.locator(".boundary-words .meta")).hasText("Why it matters to Ben:");
        checkedElsewhere(a);
        aPending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I agree")).click();
        assertThat(a).hasURL(Pattern.compile("/boundaries/" + id + "\\?agreed$"));
        assertThat(status(a)).hasText("Agreed. This boundary now holds for both of you.");
        assertThat(a.locator("#pending")).hasCount(0);
        assertThat(a.locator("section:has(#agreed-heading) .boundary-words .written").first()).hasText(CHANGED);
        assertThat(a.locator("p.meta .badge").nth(1)).hasText("Agreed");
        checkedElsewhere(a);
        Assertions.assertThat(boundaries.read(ana.id(), id).status()).isEqualTo(BoundaryStatus.ACTIVE);

        // Some days later Ben says, honestly, that he crossed it himself.
        b.navigate("/");
        checkedElsewhere(b);
        b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ana agreed to a boundary.")).click();
        assertThat(b).hasURL(Pattern.compile("/boundaries/" + id + "$"));
        checkedElsewhere(b);
        Locator crossed = b.locator("details.crossed");
        assertThat(crossed.getByLabel("I did", new Locator.GetByLabelOptions().setExact(true))).not().isVisible();
        crossed.locator("summary").click();
        crossed.getByLabel("What happened (optional)").fill(CROSSED_NOTE);
        crossed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Say so")).click();
        // He forgot to say who: the page opens at the form, his note kept.
        assertThat(b).hasURL(Pattern.compile("/boundaries/" + id + "/crossed#crossed$"));
        assertThat(crossed).hasJSProperty("open", true);
        assertThat(crossed.locator("#about-error")).hasText("Please choose who crossed it.");
        assertThat(crossed.locator("#about-error")).isInViewport();
        assertThat(crossed.getByLabel("What happened (optional)")).hasValue(CROSSED_NOTE);
        checkedElsewhere(b);
        crossed.getByLabel("I did", new Locator.GetByLabelOptions().setExact(true)).check();
        crossed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Say so")).click();
        assertThat(b).hasURL(Pattern.compile("/boundaries/" + id + "\\?crossed#talk$"));
        assertThat(b.locator("#talk h2")).hasText("A conversation, not a punishment");
        assertThat(b.locator("#talk")).containsText("Ana will see it.");
        assertThat(b.locator("ol.history > li").last().locator(".what")).hasText("You said you crossed it");
        assertThat(b.locator("#talk").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Plan a conversation about it"))).isVisible();
        checkedElsewhere(b);

        // Ana finds it on her overview and reads it in the history, then asks to revisit the boundary.
        a.navigate("/");
        Locator news = a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ben said a boundary was crossed. You can plan a conversation about it."));
        assertThat(news).isVisible();
        checkedElsewhere(a);
        news.click();
        assertThat(a).hasURL(Pattern.compile("/boundaries/" + id + "$"));
        Locator history = a.locator("ol.history > li");
        assertThat(history).hasCount(5);
        assertThat(history.nth(0)).containsText("You proposed it (version 1)");
        assertThat(history.nth(1)).containsText("Ben asked to talk about version 1 first");
        assertThat(history.nth(2)).containsText("Ben proposed a change (version 2)");
        assertThat(history.nth(3)).containsText("You agreed to version 2");
        assertThat(history.nth(4)).containsText("Ben said they crossed it");
        assertThat(history.nth(4).locator(".written")).hasText(CROSSED_NOTE);
        Locator versions = a.locator("details.versions");
        assertThat(versions.locator("summary")).hasText("All versions (2)");
        versions.locator("summary").click();
        assertThat(versions.locator(".saved-version .meta").first()).containsText("Version 1, written by you on");
        assertAccessible(a);
        a.navigate("/");
        assertThat(a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ben said a boundary was crossed. You can plan a conversation about it."))).hasCount(0);
        checkedElsewhere(a);
        a.goBack();
        checkedElsewhere(a);

        button(a, "I\u2019d like to revisit this").click();
        assertThat(a).hasURL(Pattern.compile("/boundaries/" + id + "\\?revisit$"));
        assertThat(status(a).first()).hasText("Ben will see that you would like to revisit this boundary. "
                + "Talking about it together is a good next step.");
        assertThat(button(a, "I\u2019d like to revisit this")).hasCount(0);
        checkedElsewhere(a);
        b.reload();
        assertThat(b.locator("section:has(#agreed-heading)")).containsText("Ana would like to revisit this boundary.");
        checkedElsewhere(b);

        // After talking, it can stay as it is.
        button(a, "We talked; it can stay as it is").click();
        assertThat(a).hasURL(Pattern.compile("/boundaries/" + id + "\\?kept$"));
        assertThat(status(a)).hasText("Thank you. The boundary stays as you both agreed.");
        assertThat(history).hasCount(7);
        assertThat(history.nth(5)).containsText("You asked to revisit it");
        assertThat(history.nth(6)).containsText("You said it can stay as it is");
        assertThat(button(a, "I\u2019d like to revisit this")).isVisible();
        checkedElsewhere(a);

        // The list: it is what they both agreed.
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to boundaries").setExact(true)).click();
        assertThat(a).hasURL(Pattern.compile("/boundaries$"));
        Locator agreed = a.locator("section:has(#active-heading) ul.entries > li");
        assertThat(agreed).hasCount(1);
        assertThat(agreed.getByRole(AriaRole.LINK)).hasText(CHANGED);
        assertThat(agreed.locator(".badge")).hasText(new String[] {"Contact with someone outside", "Agreed"});
        assertAccessible(a);

        Assertions.assertThat(console).as("errors in the browser console").isEmpty();
    }

    // ---------------------------------------------------------------- screenshots

    @Test
    @org.junit.jupiter.api.Tag("screenshots")
    void theBoundaryPagesInEveryVariant() throws Exception {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        UUID full = aBoundaryWithAHistoryAndAWaitingChange(ana, ben);
        UUID agreed = aListInEveryState(ana, ben);

        List<String> problems = new ArrayList<>();
        Browser.NewContextOptions first = VARIANTS.get(0).options();
        Page signInA = newPage(newContext(first));
        Page signInB = newPage(newContext(first));
        signInA.navigate("/sign-in");
        check(signInA, "sign-in", VARIANTS.get(0), problems);
        submitSignIn(signInA, ana.email(), HOME);
        checkedElsewhere(signInA);
        signInCheckedElsewhere(signInB, ben.email());
        String anaSession = signInA.context().storageState();
        String benSession = signInB.context().storageState();

        for (Variant v : PHONES) {
            Page a = newPage(newContext(v.options().setStorageState(anaSession)));
            Page b = newPage(newContext(v.options().setStorageState(benSession)));

            a.navigate("/boundaries");
            look(a, "boundaries", v, problems);

            // The boundary as Ben sees it: agreed words, Ana's change waiting for him, the history.
            b.navigate("/boundaries/" + full);
            b.locator("details.versions > summary").click();
            look(b, "boundary-change-waiting", v, problems);

            // As Ana sees it, with the form to say it was crossed opened.
            a.navigate("/boundaries/" + full);
            a.locator("details.crossed > summary").click();
            look(a, "boundary-crossed-form", v, problems);

            // Ben says he crossed the other one himself: a conversation, not a punishment.
            b.navigate("/boundaries/" + agreed);
            checkedElsewhere(b);
            b.locator("details.crossed > summary").click();
            b.getByLabel("I did", new Page.GetByLabelOptions().setExact(true)).check();
            b.getByLabel("What happened (optional)").fill("She wrote on Friday. I answered once to say I won\u2019t reply again.");
            button(b, "Say so").click();
            assertThat(b.locator("#talk")).isVisible();
            look(b, "boundary-crossed", v, problems);

            // The proposal form, sent with nothing but the words and a day already passed.
            a.navigate("/boundaries/new");
            checkedElsewhere(a);
            label(a, "The boundary").fill("We don\u2019t look at each other\u2019s phones without asking first.");
            setDate(label(a, "Look at it again on"), LocalDate.now(clock.withZone(MADRID)));
            button(a, "Propose it").click();
            assertThat(a.locator(".field-error")).hasCount(3);
            look(a, "boundary-form-errors", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    /**
     * Proposed by Ana ten weeks ago, changed by Ben and agreed; Ben said he crossed it, Ana asked to
     * revisit it, and now Ana proposes new words that wait for Ben.
     */
    private UUID aBoundaryWithAHistoryAndAWaitingChange(TestPerson ana, TestPerson ben) {
        clock.advance(Duration.ofDays(-70));
        try {
            UUID id = boundaries.propose(ana.id(), draft(WHAT, WHY, "CONTACT", 91));
            clock.advance(Duration.ofHours(9));
            boundaries.askToTalk(ben.id(), id, version(ben, id));
            clock.advance(Duration.ofDays(2));
            boundaries.proposeChange(ben.id(), id, version(ben, id), draft(CHANGED, CHANGED_WHY, "CONTACT", 91));
            clock.advance(Duration.ofHours(20));
            boundaries.agree(ana.id(), id, version(ana, id), 2);
            clock.advance(Duration.ofDays(30));
            boundaries.crossed(ben.id(), id, "SELF", CROSSED_NOTE);
            clock.advance(Duration.ofDays(20));
            boundaries.askToRevisit(ana.id(), id, version(ana, id));
            clock.advance(Duration.ofDays(15));
            boundaries.proposeChange(ana.id(), id, version(ana, id), draft(
                    "We tell each other the same day when we are in touch with an ex, and what it was about.",
                    "When I hear it days later, it feels like another secret, even when it isn\u2019t one.", "CONTACT", 120));
            return id;
        } finally {
            clock.reset();
        }
    }

    /** One waiting for Ana, one she proposed, one agreed by both (returned). */
    private UUID aListInEveryState(TestPerson ana, TestPerson ben) {
        boundaries.propose(ben.id(), draft("We keep one evening a week for the two of us, phones away.",
                "I miss us, not only the problems.", "TIME", 60));
        boundaries.propose(ana.id(), draft("Money over 200 euros is talked about before it is spent.",
                "The secret spending hurt as much as the rest.", "MONEY", 91));
        UUID agreed = boundaries.propose(ana.id(), draft("No contact with her, in any form. If she writes, you tell me the same day.",
                "I can\u2019t begin to feel safe while that door is open.", "CONTACT", 91));
        boundaries.agree(ben.id(), agreed, version(ben, agreed), 1);
        return agreed;
    }

    private BoundaryDraft draft(String what, String why, String category, int reviewInDays) {
        return new BoundaryDraft(what, why, category, LocalDate.now(clock.withZone(MADRID)).plusDays(reviewInDays).toString());
    }

    private long version(TestPerson who, UUID id) {
        return boundaries.read(who.id(), id).version();
    }

    // ---------------------------------------------------------------- helpers

    private static UUID idOf(String url) {
        var m = BOUNDARY.matcher(url);
        Assertions.assertThat(m.find()).as("a boundary's address: %s", url).isTrue();
        return UUID.fromString(m.group(1));
    }
}
