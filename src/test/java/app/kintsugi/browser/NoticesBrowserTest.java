package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;

/** The notice settings on a phone, light and dark: reached from the settings, chosen, saved, accessible. */
class NoticesBrowserTest extends BrowserTest {

    @Autowired
    TestAccounts people;

    @Test
    void noticesAreChosenOnAPhoneInLightAndDark() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : VARIANTS.subList(0, 2)) {
            TestPerson ana = people.create("Ana");
            Page page = newPage(newContext(v.options()));
            signIn(page, ana.email());
            open(page, "/settings");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choose notices by e-mail")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notices by e-mail"))).isVisible();
            assertThat(page.getByLabel("Tell me when something waits for me from my partner")).not().isChecked();
            shoot(page, "notices-settings", v, problems);

            page.getByLabel("Tell me when something waits for me from my partner").check();
            page.getByLabel("Keep quiet hours").check();
            page.getByLabel("At most once a day").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save notice choices")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Your notice choices are saved.");
            assertThat(page.getByLabel("Tell me when something waits for me from my partner")).isChecked();
            assertThat(page.getByLabel("At most once a day")).isChecked();
            shoot(page, "notices-settings-saved", v, problems);
        }
        Assertions.assertThat(problems).isEmpty();
    }
}
