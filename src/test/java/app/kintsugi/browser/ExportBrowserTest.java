package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.Reflections;

/**
 * "Your data" in the browser: reached from the settings, checked with axe before and after a wrong
 * password (the message sits next to the field, which is marked invalid), then the data file
 * downloaded with the password.
 */
class ExportBrowserTest extends BrowserTest {

    @Autowired
    Reflections reflections;

    @Test
    void aWrongPasswordIsExplainedNextToTheFieldThenTheFileDownloads() throws Exception {
        TestPerson ana = people.create("Ana");
        reflections.create(ana.id(), new ReflectionDraft(null, "What I wrote on the first night", null, null, Map.of(), null));
        Page a = signedIn(ana);

        open(a, "/settings");
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download your data")).click();
        assertThat(a.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your data").setLevel(1))).isVisible();
        assertAccessible(a);

        a.getByLabel("Your password").fill("not my password");
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download")).click();
        assertThat(a.locator("#password-error")).hasText("That password is not right. Please try again.");
        assertThat(a.getByLabel("Your password")).hasAttribute("aria-invalid", "true");
        assertThat(a.getByLabel("Your password")).hasValue("");
        assertAccessible(a);

        a.getByLabel("Your password").fill(TestAccounts.PASSWORD);
        Download download = a.waitForDownload(() ->
                a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download")).click());
        assertThat(download.suggestedFilename()).matches("my-data-\\d{4}-\\d{2}-\\d{2}\\.json");
        String json = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(json).contains("What I wrote on the first night").contains("\"format\" : \"personal-data-export\"");
    }
}
