package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.TestCouples.TestCouple;
import app.kintsugi.export.AccountDeletions;
import app.kintsugi.transparency.Questions;

/**
 * Your data's retention choice, and closing an account, on a phone, light and dark, as Ana and Ben
 * would meet them: Ana chooses to let older reflections go; then she reads what closing her account
 * does, mistypes her password, asks, sees the date on every page, keeps her account, asks again; a
 * week later her browser is signed out, and Ben's home page tells him calmly what happened while his
 * own question is still there for him. Axe on every page.
 */
class AccountDeletionBrowserTest extends BrowserTest {

    @Autowired
    Questions questions;
    @Autowired
    AccountDeletions deletions;

    @Test
    void anaClosesHerAccountAndBenIsToldCalmly() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : PHONES) {
            TestCouple couple = testCouples.of("Ana", "Ben");
            TestPerson ana = couple.first();
            TestPerson ben = couple.second();
            questions.ask(ben.id(), "What do you need from me this week?");

            Page phone = newPage(newContext(v.options()));
            signIn(phone, ana.email());

            // Before that, on Your data: older reflections may go by themselves.
            open(phone, "/settings/data");
            phone.getByLabel("Delete entries older than").selectOption("6");
            phone.getByLabel("Reflections").check();
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this choice")).click();
            assertThat(phone.getByRole(AriaRole.STATUS).first()).containsText("older than 6 months");
            shoot(phone, "data-retention", v, problems);

            open(phone, "/settings");
            phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close your account")).click();
            assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Close your account");
            assertThat(phone.locator("main")).containsText("The other person keeps everything they wrote");
            shoot(phone, "account-close", v, problems);

            phone.getByLabel("Your password").fill("not my password");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close my account")).click();
            assertThat(phone.locator("#password-error")).containsText("That password is not right");
            shoot(phone, "account-close-wrong", v, problems);

            phone.getByLabel("Your password").fill(TestAccounts.PASSWORD);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close my account")).click();
            assertThat(phone.getByRole(AriaRole.STATUS).first()).containsText("Your request is saved");
            assertThat(phone.locator(".closing-banner")).containsText("Your account will be closed on");
            shoot(phone, "account-close-pending", v, problems);

            // Every page says it, with the way back.
            open(phone, "/");
            assertThat(phone.locator(".closing-banner")).containsText("Your account will be closed on");
            phone.locator(".closing-banner").getByRole(AriaRole.LINK).click();
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep my account")).click();
            assertThat(phone.getByRole(AriaRole.STATUS).first()).containsText("Your account stays");
            assertThat(phone.locator(".closing-banner")).hasCount(0);
            shoot(phone, "account-close-kept", v, problems);

            // She asks again; a week later it is done.
            open(phone, "/settings/delete");
            phone.getByLabel("Your password").fill(TestAccounts.PASSWORD);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close my account")).click();
            assertThat(phone.locator(".closing-banner")).hasCount(1);
            clock.advance(Duration.ofDays(7));
            deletions.closeDue();
            // Back to the real time, which the session store keeps on its own.
            clock.reset();
            phone.reload();
            assertThat(phone).hasURL(Pattern.compile("/sign-in(\\?expired)?$"));

            Page partner = newPage(newContext(v.options()));
            signIn(partner, ben.email());
            assertThat(partner.locator("main")).containsText("The other person closed their account on");
            assertThat(partner.locator("main")).containsText("Everything you wrote there is still here for you to read");
            shoot(partner, "account-closed-partner-home", v, problems);
            open(partner, "/questions");
            assertThat(partner.locator("main")).containsText("What do you need from me this week?");
            assertAccessible(partner);
        }
        Assertions.assertThat(problems).isEmpty();
    }
}
