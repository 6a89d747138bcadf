package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.ApiClient;
import app.kintsugi.account.TestAccounts;

/**
 * Access for apps, as a person uses it on a phone: a token made with the password again, shown once,
 * working at once, listed with its last use, revoked with one button; and the API's own description
 * read in the browser from this instance alone.
 */
class ApiTokensBrowserTest extends BrowserTest {

    @Test
    void aTokenIsMadeShownOnceUsedAndRevokedOnAPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : PHONES) {
            var person = people.create("Lucía");
            Page page = newPage(newContext(v.options()));
            signIn(page, person.email());
            open(page, "/settings");
            link(page, "Access for apps").click();
            assertThat(h1(page)).hasText("Access for apps");
            look(page, "tokens-empty", v, problems);

            // A mistake first: no name and a wrong password, told next to each field, nothing made.
            label(page, "Your password").fill("not it");
            button(page, "Make token").click();
            assertThat(page.locator("#name-error")).isVisible();
            assertThat(page.locator("#currentPassword-error")).isVisible();
            look(page, "tokens-errors", v, problems);

            label(page, "Name").fill("Mi teléfono");
            page.getByLabel("Read and change").check();
            label(page, "Your password").fill(TestAccounts.PASSWORD);
            button(page, "Make token").click();
            assertThat(page.getByText("It is shown only this once.", new Page.GetByTextOptions().setExact(false))).isVisible();
            String secret = page.locator("#token-secret").inputValue();
            Assertions.assertThat(secret).matches("kt_[A-Za-z0-9_-]{43}");
            look(page, "tokens-created", v, problems);

            Assertions.assertThat(new ApiClient(port).get("/api/v1/me", secret).status()).isEqualTo(200);
            open(page, "/settings/tokens");
            Assertions.assertThat(page.content()).doesNotContain(secret).doesNotContain("Not used yet");
            button(page, "Revoke “Mi teléfono”").click();
            assertThat(page).hasURL(Pattern.compile("/settings/tokens\\?revoked$"));
            assertThat(status(page)).hasText("That token no longer works.");
            assertAccessible(page);
            Assertions.assertThat(new ApiClient(port).get("/api/v1/me", secret).status()).isEqualTo(401);
            page.context().close();
        }
        Assertions.assertThat(problems).isEmpty();
    }

    @Test
    void theApiDescriptionOpensInTheBrowserFromThisInstanceAlone() {
        Page page = newPerson();
        List<String> elsewhere = new ArrayList<>();
        List<String> console = new ArrayList<>();
        page.onRequest(request -> {
            if (!request.url().startsWith(base()) && !request.url().startsWith("data:")) {
                elsewhere.add(request.url());
            }
        });
        watched(page, "visitor", console);
        page.navigate(base() + "/api-docs");
        // The description has over two hundred operations; on a busy machine the page takes a while to draw.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Kintsugi API", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.getByText("/api/v1/reflections/{id}").first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertAccessible(page);
        Assertions.assertThat(elsewhere).as("requests to other servers").isEmpty();
        Assertions.assertThat(console).as("script errors (a blocked script shows here)").isEmpty();
    }
}
