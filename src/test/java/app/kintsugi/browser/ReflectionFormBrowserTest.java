package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts;

/** A reflection sent without its one required field comes back with a message and nothing lost. */
class ReflectionFormBrowserTest extends BrowserTest {

    private static final String REQUIRED =
            "Please write at least a few words about what happened, so you can find this again later.";
    private static final String VIOLATIONS = "The late evenings \u201cat work\u201d.\nThe phone face down.";
    private static final String IMPACT = "I can\u2019t concentrate at work.";
    private static final String TITLE = "Not ready to say it yet";

    @Autowired
    TestAccounts people;

    @Test
    void anEmptyReflectionShowsTheMessageNextToTheFieldAndKeepsEverythingElse() {
        var person = people.create("Noa");
        Page page = newPerson();
        signIn(page, person.email());
        open(page, "/reflections/new");

        page.getByLabel("Which actions or events broke your trust?").fill(VIOLATIONS);
        page.locator("#kind-SECRETS").check();
        page.locator("#intensity-FEAR").selectOption("7");
        page.locator("#intensity-SHAME").selectOption("0");
        page.getByLabel("How is this affecting you?").fill(IMPACT);
        page.getByLabel("A short title (optional)").fill(TITLE);
        save(page);
        assertRefusedKeepingTheRest(page);

        // Only spaces and line breaks are still nothing written.
        page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true)).fill("   \n\n  ");
        save(page);
        assertRefusedKeepingTheRest(page);

        // Writing it saves everything that was kept.
        page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true)).fill("He said it was nothing.");
        save(page);
        assertThat(page).hasURL(Pattern.compile("/reflections/[0-9a-f-]{36}\\?saved$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
        assertThat(page.locator(".reflection-body .written").nth(1)).hasText(VIOLATIONS);
        assertThat(page.getByText("Secrets", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator(".feelings li").filter(new Locator.FilterOptions().setHasText("Fear")))
                .containsText("7 of 10");
        assertThat(page.locator(".feelings li").filter(new Locator.FilterOptions().setHasText("Shame")))
                .containsText("0 of 10");
        assertThat(page.locator(".reflection-body .written").nth(2)).hasText(IMPACT);
        assertAccessible(page);
    }

    /** Pattern.quote()'s \Q...\E quoting does not survive the trip to the browser's regular expressions. */
    private static String jsQuote(String text) {
        return text.replaceAll("[.?*+^$()\\[\\]{}|\\\\/]", "\\\\$0");
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save privately")).click();
    }

    private void assertRefusedKeepingTheRest(Page page) {
        // The form comes back at the address it was posted to, with a summary and the message.
        assertThat(page).hasURL(Pattern.compile("/reflections$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Something needs your attention");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("everything you wrote is still here");

        Locator whatHappened = page.getByLabel("What happened?", new Page.GetByLabelOptions().setExact(true));
        assertThat(whatHappened).hasAttribute("aria-invalid", "true");
        // Next to the field: in the field's own group, right after it, and announced with it.
        Locator message = page.locator(".field:has(> #whatHappened) > #whatHappened-error");
        assertThat(message).hasText(REQUIRED);
        assertThat(page.locator("#whatHappened + #whatHappened-error")).hasCount(1);
        assertThat(whatHappened).hasAccessibleDescription(Pattern.compile("^" + jsQuote(REQUIRED)));

        // The other fields are as they were typed and chosen, and not marked.
        assertThat(page.locator(".field-error")).hasCount(1);
        assertThat(page.getByLabel("Which actions or events broke your trust?")).hasValue(VIOLATIONS);
        assertThat(page.getByLabel("Which actions or events broke your trust?")).hasAttribute("aria-invalid", "false");
        assertThat(page.getByLabel("How is this affecting you?")).hasValue(IMPACT);
        assertThat(page.getByLabel("A short title (optional)")).hasValue(TITLE);
        assertThat(page.locator("#kind-SECRETS")).isChecked();
        assertThat(page.locator("#intensity-FEAR")).hasValue("7");
        assertThat(page.locator("#intensity-SHAME")).hasValue("0");
        assertThat(page.locator("#intensity-HURT")).hasValue("");
        assertAccessible(page);
    }
}
