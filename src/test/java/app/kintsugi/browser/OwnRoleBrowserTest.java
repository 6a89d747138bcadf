package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.responsibility.OwnRoleReflections;

/**
 * "What role did I play?" in two browsers: a reflection on one's own part is private to its author,
 * an empty one is explained next to the first question and not kept, and sharing it and making it
 * private again take effect on the partner's next request.
 */
class OwnRoleBrowserTest extends BrowserTest {

    private static final String ACTIONS = "I stopped asking questions, because I was afraid of the answers.";
    private static final String EMPTY = "Please answer at least one of the questions, even with a few words.";
    private static final Pattern SAVED = Pattern.compile("/own-role/([0-9a-f-]{36})\\?saved$");
    private static final String NOT_FOUND = "We couldn\u2019t find that";

    @Autowired
    OwnRoleReflections reflections;

    @Test
    void aReflectionIsPrivateUntilSharedAndPrivateAgainWhenAnaSaysSo() {
        TestCouple couple = testCouples.of("Ana", "Ben");
        TestPerson ana = couple.first();
        TestPerson ben = couple.second();

        Page a = signedIn(ana);
        Page b = signedIn(ben);

        open(a, "/own-role");
        assertThat(h1(a)).hasText("What role did I play?");
        assertThat(a.locator("main")).containsText("Nothing yet. When you\u2019re ready, the questions will guide you.");
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write about your part")).click();
        assertThat(a).hasURL(Pattern.compile("/own-role/new$"));
        assertThat(h1(a)).hasText("Write about your part");
        assertAccessible(a);

        // Nothing written: the message sits with the first question and is announced with it.
        save(a);
        assertThat(a).hasURL(Pattern.compile("/own-role$"));
        assertThat(a.getByRole(AriaRole.ALERT)).containsText("Something needs your attention");
        Locator actions = a.getByLabel("My actions and choices");
        assertThat(a.locator(".field:has(> #actions) > #actions-error")).hasText(EMPTY);
        assertThat(a.locator("#actions + #actions-error")).hasCount(1);
        assertThat(a.locator(".field-error")).hasCount(1);
        assertThat(actions).hasAttribute("aria-invalid", "true");
        assertThat(actions).hasAccessibleDescription(Pattern.compile("^" + jsQuote(EMPTY)));
        assertThat(a.getByLabel("The patterns that led here")).hasAttribute("aria-invalid", "false");
        assertThat(a.getByLabel("The hurt caused or felt")).hasAttribute("aria-invalid", "false");
        assertAccessible(a);
        Assertions.assertThat(reflections.mine(ana.id())).isEmpty();

        // One question answered is enough; it is saved privately.
        actions.fill(ACTIONS);
        save(a);
        assertThat(a).hasURL(SAVED);
        Matcher m = SAVED.matcher(a.url());
        Assertions.assertThat(m.find()).isTrue();
        String id = m.group(1);
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("Saved. Looking at your own part takes courage.");
        assertThat(a.locator("main .badge")).hasText("Only you");
        assertThat(sectionHeading(a, "My actions and choices")).isVisible();
        assertThat(sectionHeading(a, "The patterns that led here")).hasCount(0);
        assertThat(sectionHeading(a, "The hurt caused or felt")).hasCount(0);
        assertThat(a.locator("main p.written")).hasText(ACTIONS);
        assertThat(sharing(a)).containsText("Only you can see this reflection.");
        assertAccessible(a);

        // Private: Ben cannot open it, and nothing is listed for him.
        assertNotFound(b, "/own-role/" + id);
        open(b, "/own-role");
        assertThat(shared(b)).containsText("Nothing has been shared with you yet.");

        // Ana shares it.
        sharing(a).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Share with my partner")).click();
        assertThat(a).hasURL(Pattern.compile("/own-role/" + id + "\\?shared$"));
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("Your partner can now read this reflection.");
        assertThat(a.locator("main .badge")).hasText("Shared with your partner");
        assertThat(sharing(a)).containsText("You can make it private again at any time.");
        assertAccessible(a);

        // Ben finds it on /own-role and reads it; reading is all he can do.
        b.reload();
        assertAccessible(b);
        Locator link = shared(b).getByRole(AriaRole.LINK);
        assertThat(link).hasText(ACTIONS);
        link.click();
        assertThat(b).hasURL(Pattern.compile("/own-role/" + id + "$"));
        assertThat(b.locator("main p.written")).hasText(ACTIONS);
        assertThat(b.locator("main .meta")).containsText("Shared with you by your partner");
        assertThat(b.locator("main").getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true))).hasCount(0);
        assertThat(b.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Delete").setExact(true))).hasCount(0);
        assertAccessible(b);

        // Ana makes it private again: Ben's next request finds nothing.
        sharing(a).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make it private again")).click();
        assertThat(a).hasURL(Pattern.compile("/own-role/" + id + "\\?private$"));
        assertThat(a.getByRole(AriaRole.STATUS)).hasText("This reflection is private again.");
        assertThat(a.locator("main .badge")).hasText("Only you");
        assertAccessible(a);

        Response again = b.reload();
        Assertions.assertThat(again.status()).isEqualTo(404);
        assertThat(h1(b)).hasText(NOT_FOUND);
        assertThat(b.locator("main")).not().containsText(ACTIONS);
        assertAccessible(b);
        open(b, "/own-role");
        assertThat(shared(b)).containsText("Nothing has been shared with you yet.");
        assertThat(b.locator("main")).not().containsText(ACTIONS);
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save privately")).click();
    }

    private static Locator sectionHeading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(name).setExact(true));
    }

    private static Locator sharing(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Who can see this"));
    }

    private static Locator shared(Page page) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Ana has shared with you"));
    }

    private void assertNotFound(Page page, String path) {
        Response response = page.navigate(path);
        Assertions.assertThat(response.status()).as("status of %s", path).isEqualTo(404);
        assertThat(h1(page)).hasText(NOT_FOUND);
        assertThat(page.locator("main")).not().containsText(ACTIONS);
        assertAccessible(page);
    }

    /** Pattern.quote()'s \Q...\E quoting does not survive the trip to the browser's regular expressions. */
    private static String jsQuote(String text) {
        return text.replaceAll("[.?*+^$()\\[\\]{}|\\\\/]", "\\\\$0");
    }
}
