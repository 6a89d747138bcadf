package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.TestMail;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.notices.NoticeJobAccess;
import app.kintsugi.notices.Notices;

/**
 * The account's own safety on a phone, light and dark, as the person and the partner who knows the
 * password would meet it: the list of browsers signed in, a password change that signs the other
 * browser out, and a forgotten password reset through the link in the real mail.
 */
class AccountSecurityBrowserTest extends BrowserTest {

    private static final String NEW_PASSWORD = "the lighthouse keeps its own hours";
    private static final Pattern RESET_LINK = Pattern.compile("http://localhost(/password/reset/[A-Za-z0-9_-]{43})");
    @Autowired
    Notices notices;
    @Autowired
    NoticeJobAccess job;

    @Test
    void thePasswordChangesTheOtherBrowserIsSignedOutAndAForgottenOneIsReset() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : VARIANTS.subList(0, 2)) {
            TestPerson ana = people.create("Ana");
            Page own = newPage(newContext(v.options()));
            Page partners = newPerson();
            signIn(own, ana.email());
            // The partner knows the password and signs in on another device.
            signIn(partners, ana.email());

            open(own, "/settings");
            own.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Where you are signed in")).click();
            assertThat(own.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Where you are signed in");
            assertThat(own.locator("main")).containsText("This browser");
            shoot(own, "account-sessions", v, problems);

            open(own, "/settings/password");
            own.getByLabel("Your current password").fill("not the password at all");
            own.getByLabel("A new password").fill(NEW_PASSWORD);
            own.getByLabel("The new password once more").fill(NEW_PASSWORD);
            own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            assertThat(own.locator("#currentPassword-error")).containsText("That is not your current password.");
            shoot(own, "account-password-wrong", v, problems);

            own.getByLabel("Your current password").fill(PASSWORD);
            own.getByLabel("A new password").fill(NEW_PASSWORD);
            own.getByLabel("The new password once more").fill(NEW_PASSWORD);
            own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            assertThat(own.getByRole(AriaRole.STATUS).first()).containsText("Your password is changed.");
            shoot(own, "account-password-changed", v, problems);

            // The partner's next click finds them signed out.
            partners.reload();
            assertThat(partners).hasURL(Pattern.compile("/sign-in$"));
            assertAccessible(partners);

            // Later, on a new phone, Ana has forgotten the new password.
            notices.markConfirmed(ana.id(), ana.email());
            Page forgetful = newPage(newContext(v.options()));
            open(forgetful, "/sign-in");
            forgetful.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
            assertThat(forgetful.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Forgot your password?");
            shoot(forgetful, "account-forgot", v, problems);
            forgetful.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(ana.email());
            forgetful.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
            assertThat(forgetful.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Check your inbox");
            shoot(forgetful, "account-forgot-sent", v, problems);

            job.sendLinks();
            List<jakarta.mail.internet.MimeMessage> mails = TestMail.to(ana.email());
            Matcher link = RESET_LINK.matcher(TestMail.plainText(mails.get(mails.size() - 1)));
            Assertions.assertThat(link.find()).isTrue();
            open(forgetful, link.group(1));
            assertThat(forgetful.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Choose a new password");
            shoot(forgetful, "account-reset", v, problems);
            forgetful.getByLabel("A new password").fill("a kettle singing in the next room");
            forgetful.getByLabel("The new password once more").fill("a kettle singing in the next room");
            forgetful.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password")).click();
            assertThat(forgetful).hasURL(Pattern.compile("/sign-in"));
            assertAccessible(forgetful);
            // Every browser is signed out, Ana's own too.
            own.reload();
            assertThat(own).hasURL(Pattern.compile("/sign-in$"));
            assertAccessible(own);
        }
        Assertions.assertThat(problems).isEmpty();
    }
}
