package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;

/** The notice settings on a phone, light and dark: reached from the settings, chosen, saved, accessible. */
class NoticesBrowserTest extends BrowserTest {

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

            page.getByLabel("Remind me on days something of mine is due").check();
            page.getByLabel("At", new Page.GetByLabelOptions().setExact(true)).fill("20:00");
            page.getByLabel("The weekly check-in, on").selectOption("SUNDAY");
            page.getByLabel("Remind me about an hour before a planned conversation").check();
            page.getByLabel("From \"Calendar\": \"A note from your calendar\"").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save notice choices")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Your notice choices are saved.");
            assertThat(page.getByLabel("Remind me on days something of mine is due")).isChecked();
            assertThat(page.getByLabel("From \"Calendar\": \"A note from your calendar\"")).isChecked();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a calendar address")).click();
            assertThat(page.getByLabel("Your calendar address")).hasValue(Pattern.compile("/calendar/[A-Za-z0-9_-]{43}\\.ics$"));
            shoot(page, "notices-calendar", v, problems);
        }
        Assertions.assertThat(problems).isEmpty();
    }
}
