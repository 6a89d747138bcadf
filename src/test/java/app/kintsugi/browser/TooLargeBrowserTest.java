package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Text far beyond what can be saved at once (a whole document pasted in) gets a calm page, on a phone in
 * light and dark, that says nothing was saved and leads back to the form, where the text still is.
 */
class TooLargeBrowserTest extends BrowserTest {

    @Test
    void aTooLargeTextGetsACalmPageAndTheWayBackToIt() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : VARIANTS.stream().filter(v -> v.device().equals("phone")).toList()) {
            var person = people.create("Noa");
            Page page = newPage(newContext(v.options()));
            signIn(page, person.email());
            open(page, "/reflections/new");
            // Five megabytes, more than the server reads in one form; set directly, as a paste would.
            page.evaluate("() => { document.getElementById('whatHappened').value = 'I need to write all of this. '.repeat(180000); }");
            page.evaluate("() => document.getElementById('whatHappened').form.requestSubmit()");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("That was more than can be saved at once");
            look(page, "too-large", v, problems);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go back to your text")).click();
            assertThat(page).hasURL(Pattern.compile("/reflections/new$"));
            assertAccessible(page);
            Object kept = page.evaluate("() => document.getElementById('whatHappened').value.length");
            Assertions.assertThat(((Number) kept).intValue()).as("text still in the form (" + v + ")").isGreaterThan(1_000_000);
        }
        Assertions.assertThat(problems).isEmpty();
    }
}
