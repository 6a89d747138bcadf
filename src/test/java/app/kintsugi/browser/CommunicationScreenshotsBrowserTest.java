package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.Dialogues;
import app.kintsugi.communication.LiveSessions;
import app.kintsugi.communication.PlanDraft;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * The conversation, live session, written dialogue and tone coach pages in light and dark on a
 * phone, saved to target/screenshots. Each is checked with axe in its colour
 * scheme, for sideways scrolling, and on the live screen for buttons big enough to tap; every
 * problem is collected, so all pictures are taken before the test fails.
 */
@org.junit.jupiter.api.Tag("screenshots")
class CommunicationScreenshotsBrowserTest extends BrowserTest {

    /** The smallest height and width, in CSS pixels, of a button on the live screen. */
    private static final int TAP = 44;
    private static final String HARSH = "You never call me when you are late, you are so selfish. Whatever.";

    @Autowired
    Conversations conversations;

    @Autowired
    LiveSessions live;

    @Autowired
    Dialogues dialogues;

    @Test
    void communicationPagesInEveryVariant() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : PHONES) {
            // A couple of their own for each variant: only one live conversation per couple at a time.
            TestCouple couple = testCouples.of("Ana", "Ben");
            TestPerson ana = couple.first();
            TestPerson ben = couple.second();
            conversations.addRule(ben.id(), "We sit side by side, not across the table.");
            String tomorrow = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Madrid")).plusDays(1).toString();
            UUID proposed = conversations.propose(ana.id(), new PlanDraft(
                    "Money, and the account I did not tell you about", tomorrow, "19:30", "45", "Kitchen table"));
            UUID held = conversations.propose(ana.id(), new PlanDraft(
                    "What happened in March, and the evenings since", tomorrow, "20:00", "30", "The bench by the river"));
            conversations.accept(ben.id(), held, conversations.read(ben.id(), held).version());
            conversations.agree(ana.id(), held);
            conversations.agree(ben.id(), held);
            UUID thread = dialogues.start(ana.id(), "Evenings",
                    "I feel lonely when we do not talk in the evening. I need ten minutes together.");
            dialogues.post(ben.id(), thread, "I did not know it felt like that. I would like those ten minutes too.");

            Page a = newPage(newContext(v.options()));
            Page b = newPage(newContext(v.options()));
            signInCollecting(a, ana.email(), v, problems);
            signInCollecting(b, ben.email(), v, problems);

            // Planned, with the ground rules: Ben is asked; Ana may start the agreed one.
            b.navigate("/conversations/" + proposed);
            assertThat(b.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Ana would like to talk. Does this time work for you?"))).isVisible();
            look(b, "conversation-planned", v, problems);
            a.navigate("/conversations/" + held);
            assertThat(button(a, "Start the conversation")).isVisible();
            look(a, "conversation-ready", v, problems);

            // Live: Ana speaks, Ben listens.
            button(a, "Start the conversation").click();
            assertThat(a).hasURL(Pattern.compile("/live$"));
            assertThat(a.locator("#prompt-heading")).hasText("Say what you feel and what you need");
            look(a, "live-speaker", v, problems);
            b.navigate("/conversations/" + held + "/live");
            assertThat(b.locator("#prompt-heading")).hasText("Listen");
            look(b, "live-listener", v, problems);

            // Ben says back what he heard; Ana is asked whether that was it.
            button(a, "I have said it. Over to Ben").click();
            assertThat(b.locator("#prompt-heading")).hasText("Say back what you heard");
            b.getByLabel("Write it down (optional)").fill("You felt alone in the evenings, and you need us to talk before bed.");
            look(b, "live-reflecting", v, problems);
            button(b, "I have said it back").click();
            assertThat(a.locator("#prompt-heading")).hasText("Was that it?");
            look(a, "live-confirming", v, problems);

            // A break, asked for by Ben; both count down.
            button(b, "I need a break (20 minutes)").click();
            assertThat(b.locator("#prompt-heading")).hasText("You asked for a break");
            look(b, "live-break", v, problems);
            assertThat(a.locator("#prompt-heading")).hasText("Ben asked for a break");
            look(a, "live-break-partner", v, problems);

            // Ana ends it: how it went, and the rating that is hers alone.
            a.locator("#live-panel details.end > summary").click();
            button(a, "End it now").click();
            assertThat(a.locator("#summary-heading")).hasText("How it went");
            look(a, "live-ended", v, problems);

            // The written thread, with Ana's harsh draft checked.
            a.navigate("/dialogue/" + thread);
            check(a, "dialogue-thread", v, problems);
            a.getByLabel("Your message").fill(HARSH);
            button(a, "Check the tone").click();
            assertThat(a.locator("#tone mark").first()).isVisible();
            look(a, "dialogue-tone", v, problems);

            // The tone coach on its own.
            a.navigate("/tone-coach");
            check(a, "tone-coach-empty", v, problems);
            a.getByLabel("Something you would like to say").fill(HARSH);
            button(a, "Check the tone").click();
            assertThat(a.locator("#tone mark").first()).isVisible();
            look(a, "tone-coach", v, problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    /**
     * As {@link BrowserTest#look}, and on the live screen every button, link button, choice and
     * disclosure at least {@link #TAP} pixels each way.
     */
    @Override
    protected void look(Page page, String name, Variant v, List<String> problems) throws Exception {
        super.look(page, name, v, problems);
        if (name.startsWith("live-")) {
            Object small = page.evaluate("""
                    tap => [...document.querySelectorAll(
                        '#live-panel button, #live-panel a.button, #live-panel summary, #live-panel .scale-options label')]
                      .filter(e => e.offsetParent !== null)
                      .map(e => [e, e.getBoundingClientRect()])
                      .filter(([e, r]) => r.height < tap || r.width < tap)
                      .map(([e, r]) => '"' + e.textContent.trim() + '" ' + Math.round(r.width) + 'x' + Math.round(r.height))
                      .join(', ')""", TAP);
            if (small != null && !small.toString().isEmpty()) {
                problems.add(name + " (" + v + "): smaller than " + TAP + "px to tap: " + small);
            }
        }
    }
}
