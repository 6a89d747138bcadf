package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.communication.Dialogues;
import app.kintsugi.couple.TestCouples.TestCouple;

/**
 * Written dialogue in two browsers: Ana checks how her message may land before she sends it (the
 * check sends and keeps nothing), sends it anyway, and Ben answers. The tone coach reads Spanish in
 * Spanish; an empty message is refused with what was typed kept; markup is shown as text.
 */
class DialogueBrowserTest extends BrowserTest {

    private static final Pattern SENT = Pattern.compile("/dialogue/([0-9a-f-]{36})\\?sent(#latest)?$");
    private static final String TOPIC = "Evenings";
    private static final String HARSH = "You never listen to me, you are so selfish.";
    private static final String REPLY = "I feel lonely when we do not talk in the evening. I need ten minutes together.";
    private static final String PAYLOAD = "You always <b>forget</b><script>window.pwned=1</script>"
            + "<img src=x onerror=\"window.pwned=2\"> the dishes.";

    @Autowired
    Dialogues dialogues;

    @Test
    void theToneIsCheckedBeforeSendingAndBenAnswers() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        Page a = signedIn(ana);
        Page b = signedIn(ben);

        open(a, "/dialogue");
        assertThat(h1(a)).hasText("Written dialogue");
        assertThat(a.locator("main")).containsText("No threads yet.");
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a thread")).click();
        assertThat(a).hasURL(Pattern.compile("/dialogue/new$"));
        assertThat(guidance(a)).hasCount(0);
        assertAccessible(a);

        // Checked: the words that may get in the way are marked and named, with another way to say it.
        label(a, "Topic").fill(TOPIC);
        label(a, "Your message").fill(HARSH);
        button(a, "Check the tone").click();
        Locator guidance = guidance(a);
        assertThat(guidance).isVisible();
        assertThat(guidance.locator("p.marked mark")).hasText(new String[] {"You never listen", "you are so selfish"});
        assertThat(guidance.locator("p.marked")).hasText(HARSH);
        assertThat(guidance.locator("ul.flags > li")).hasCount(3);
        assertThat(guidance.locator("ul.flags > li strong")).hasText(new String[] {"May sound like a judgement of who they are",
                "“Always” or “never” may not be quite true", "May sound like a judgement of who they are"});
        assertThat(guidance.locator("ul.flags > li").nth(1)).containsText("Words like \"always\" and \"never\" are rarely quite true");
        assertThat(guidance.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Another way to say it")))
                .isVisible();
        assertThat(guidance.locator("p.frame")).hasText(Pattern.compile("^I feel \u2026 when .*listen to me.*I need \u2026$"));
        assertThat(guidance).containsText("It can miss things");
        // What she typed is still there, and nothing was sent.
        assertThat(label(a, "Topic")).hasValue(TOPIC);
        assertThat(label(a, "Your message")).hasValue(HARSH);
        assertThat(a.getByRole(AriaRole.ALERT)).hasCount(0);
        assertAccessible(a);
        open(b, "/dialogue");
        assertThat(b.locator("main")).containsText("No threads yet.");
        assertThat(b.locator("main ul.entries")).hasCount(0);
        open(b, "/");
        assertThat(b.locator("main")).not().containsText("Ana has written to you.");
        Assertions.assertThat(dialogues.threads(ana.id())).isEmpty();

        // Sending is always hers to decide: she sends it as it is.
        button(a, "Send").click();
        assertThat(a).hasURL(SENT);
        String id = idOf(a.url());
        assertThat(h1(a)).hasText(TOPIC);
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("Sent.");
        assertThat(a.locator("ol.messages > li")).hasCount(1);
        assertThat(a.locator("ol.messages > li.mine .written")).hasText(HARSH);
        assertThat(a.locator("ol.messages > li.mine strong")).hasText("You");
        assertThat(guidance(a)).hasCount(0);
        assertAccessible(a);

        // Ben hears of it on his overview and reads it; the coach's guidance was Ana's alone.
        b.reload();
        assertAccessible(b);
        Locator news = b.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("From Ana"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ana has written to you."));
        news.click();
        assertThat(b).hasURL(Pattern.compile("/dialogue/" + id + "$"));
        assertThat(h1(b)).hasText(TOPIC);
        assertThat(b.locator("ol.messages > li.theirs .written")).hasText(HARSH);
        assertThat(b.locator("ol.messages > li.theirs strong")).hasText("Ana");
        assertThat(b.locator("main")).not().containsText("How it may land");
        assertThat(b.locator("main mark")).hasCount(0);
        assertAccessible(b);
        open(b, "/");
        assertThat(b.locator("main")).not().containsText("Ana has written to you.");

        // Ben checks his answer (calm) and sends it.
        open(b, "/dialogue/" + id);
        label(b, "Your message").fill(REPLY);
        button(b, "Check the tone").click();
        assertThat(guidance(b)).containsText("Nothing here looks like blame, contempt or defending.");
        assertThat(guidance(b).locator("mark")).hasCount(0);
        assertThat(label(b, "Your message")).hasValue(REPLY);
        assertThat(b.locator("ol.messages > li")).hasCount(1);
        assertAccessible(b);
        button(b, "Send").click();
        assertThat(b).hasURL(Pattern.compile("/dialogue/" + id + "\\?sent(#latest)?$"));
        assertThat(b.locator("ol.messages > li")).hasCount(2);
        assertThat(b.locator("ol.messages > li.mine .written")).hasText(REPLY);
        assertThat(b.locator("#latest .written")).hasText(REPLY);
        assertThat(label(b, "Your message")).hasValue("");
        assertAccessible(b);

        // Ana sees one new message and reads it.
        open(a, "/dialogue");
        Locator entry = a.locator("main ul.entries > li");
        assertThat(entry).hasCount(1);
        assertThat(entry).containsText("2 messages");
        assertThat(entry.locator(".badge")).hasText("1 new");
        entry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(TOPIC)).click();
        assertThat(a).hasURL(Pattern.compile("/dialogue/" + id + "$"));
        assertThat(a.locator("ol.messages > li")).hasCount(2);
        assertThat(a.locator("ol.messages > li.theirs .written")).hasText(REPLY);
        assertAccessible(a);
    }

    @Test
    void anEmptyMessageIsRefusedWithTheTopicKeptAndMarkupIsOnlyText() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();
        Page a = signedIn(ana);
        Page b = signedIn(ben);

        // An empty message: refused, the field says why, the topic stays.
        open(a, "/dialogue/new");
        label(a, "Topic").fill("Money worries");
        button(a, "Send").click();
        assertThat(a).hasURL(Pattern.compile("/dialogue$"));
        assertThat(a.getByRole(AriaRole.ALERT)).containsText("Something needs your attention.");
        assertThat(a.locator("#text-error")).hasText("Please write your message.");
        assertThat(label(a, "Your message")).hasAttribute("aria-invalid", "true");
        assertThat(label(a, "Your message")).hasAttribute("aria-describedby", Pattern.compile("\\btext-error\\b"));
        assertThat(label(a, "Topic")).hasValue("Money worries");
        assertThat(label(a, "Topic")).not().hasAttribute("aria-invalid", "true");
        assertAccessible(a);
        // Checking an empty message asks for something to check.
        button(a, "Check the tone").click();
        assertThat(a.locator("#text-error")).hasText("Please write something to check.");
        assertThat(label(a, "Topic")).hasValue("Money worries");
        assertThat(guidance(a)).hasCount(0);
        assertAccessible(a);
        Assertions.assertThat(dialogues.threads(ana.id())).isEmpty();

        // Markup in the topic and the message is shown as the characters typed, checked and sent.
        label(a, "Topic").fill("<i>Dishes</i>");
        label(a, "Your message").fill(PAYLOAD);
        button(a, "Check the tone").click();
        assertThat(guidance(a).locator("p.marked mark")).hasText(new String[] {"always"});
        assertThat(guidance(a).locator("p.marked")).hasText(PAYLOAD);
        assertThat(guidance(a).locator("p.frame")).containsText("<b>forget</b>");
        assertShownAsText(a);
        assertAccessible(a);
        button(a, "Send").click();
        assertThat(a).hasURL(SENT);
        String id = idOf(a.url());
        assertThat(h1(a)).hasText("<i>Dishes</i>");
        assertThat(a.locator("ol.messages > li.mine .written")).hasText(PAYLOAD);
        assertShownAsText(a);
        assertAccessible(a);

        open(b, "/dialogue");
        assertThat(b.locator("main ul.entries a")).hasText("<i>Dishes</i>");
        assertShownAsText(b);
        open(b, "/dialogue/" + id);
        assertThat(b.locator("ol.messages > li.theirs .written")).hasText(PAYLOAD);
        assertShownAsText(b);
    }

    @Test
    void theToneCoachReadsSpanishInSpanish() {
        TestPerson ana = people.create("Ana");
        Page a = signedIn(ana);

        // Controls are found by their place, not their words, so this holds whether or not the
        // page's own texts are translated yet; what the coach finds and suggests is Spanish.
        open(a, "/tone-coach?lang=es");
        assertThat(a.locator("html")).hasAttribute("lang", "es");
        a.locator("#text").fill("Tú siempre llegas tarde, eres un egoísta.");
        a.locator("main form button[type=submit]").click();
        assertThat(a.locator("html")).hasAttribute("lang", "es");
        Locator tone = a.locator("#tone");
        assertThat(tone).isVisible();
        assertThat(tone.locator("p.marked mark")).hasText(new String[] {"Tú siempre llegas", "eres un egoísta"});
        assertThat(tone.locator("ul.flags > li")).hasCount(3);
        assertThat(tone.locator("p.frame")).hasText(Pattern.compile("^Me siento \u2026 cuando .*llegas tarde.*"));
        assertThat(a.locator("#text")).hasValue("Tú siempre llegas tarde, eres un egoísta.");
        assertAccessible(a);

        // A calm sentence in Spanish is left alone.
        a.locator("#text").fill("Me siento sola cuando no hablamos por la noche. Necesito diez minutos contigo.");
        a.locator("main form button[type=submit]").click();
        assertThat(a.locator("#tone mark")).hasCount(0);
        assertThat(a.locator("#tone p.frame")).hasCount(0);
        assertAccessible(a);
    }

    // ---------------------------------------------------------------- helpers

    /** Markup typed by a person is shown as the characters typed, never as markup or code. */
    private static void assertShownAsText(Page page) {
        assertThat(page.locator("main b")).hasCount(0);
        assertThat(page.locator("main i")).hasCount(0);
        assertThat(page.locator("main img")).hasCount(0);
        assertThat(page.locator("main script")).hasCount(0);
        Assertions.assertThat(page.evaluate("() => typeof window.pwned")).isEqualTo("undefined");
    }

    private static Locator guidance(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("How it may land"));
    }

    private static String idOf(String url) {
        Matcher m = SENT.matcher(url);
        Assertions.assertThat(m.find()).as("a thread's address: %s", url).isTrue();
        return m.group(1);
    }
}
