package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.TestMail;
import app.kintsugi.account.TestAccounts;
import app.kintsugi.notices.NoticeJobAccess;

/**
 * Registration where mail is set up, on a phone in light and dark: the form, "check your inbox", the
 * link from the real mail opened in another browser, and the account that it creates.
 */
@TestPropertySource(properties = "kintsugi.registration.confirm-by-mail=true")
class RegistrationByMailBrowserTest extends BrowserTest {

    private static final Pattern FINISH_LINK = Pattern.compile("http://localhost(/register/confirm/[A-Za-z0-9_-]{43})");

    @Autowired
    NoticeJobAccess notices;

    @Test
    void aNewPersonRegistersThroughTheLinkInTheirMail() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : VARIANTS.subList(0, 2)) {
            String email = TestAccounts.uniqueEmail();
            Page page = newPage(newContext(v.options()));
            open(page, "/register");
            page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
            page.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true)).fill("Zoë");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Check your inbox");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText(email);
            shoot(page, "register-check-inbox", v, problems);

            notices.sendLinks();
            Matcher link = FINISH_LINK.matcher(TestMail.plainText(TestMail.to(email).get(0)));
            Assertions.assertThat(link.find()).isTrue();

            // The mail is read on the phone's mail app, which opens the link in a browser of its own.
            Page fromMail = newPage(newContext(v.options()));
            open(fromMail, link.group(1));
            assertThat(fromMail.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Finish creating your account");
            shoot(fromMail, "register-finish", v, problems);
            fromMail.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
            assertThat(fromMail).hasURL(Pattern.compile("/welcome$"));
            assertThat(fromMail.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Welcome, Zoë");
            assertAccessible(fromMail);
        }
        Assertions.assertThat(problems).isEmpty();
    }
}
