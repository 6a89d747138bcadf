package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.account.TestCodes;

/**
 * The second sign-in step on a phone, light and dark: turning it on from the settings (password,
 * the QR code and the key as text, a first code, the recovery codes), then signing in on a new phone,
 * where the password alone leads to the page that asks for the code, a wrong code is said calmly,
 * and the failed try is told once after signing in.
 */
class TwoStepBrowserTest extends BrowserTest {

    @Test
    void turningItOnAndSigningInWithTheCodeOnAPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : VARIANTS.subList(0, 2)) {
            TestPerson ana = people.create("Ana");
            Page own = newPage(newContext(v.options()));
            signIn(own, ana.email());
            open(own, "/settings");
            own.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("A second step at sign-in")).click();
            assertThat(own.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("A second step at sign-in");
            shoot(own, "two-step-start", v, problems);

            own.getByLabel("Your current password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(own.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code for your authenticator app"))).isVisible();
            String key = own.locator("#totp-secret").textContent();
            Assertions.assertThat(key.replace(" ", "")).matches("[A-Z2-7]{32}");
            shoot(own, "two-step-scan", v, problems);

            own.getByLabel("The six-digit code your app shows now").fill("12345");
            own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on the second step")).click();
            assertThat(own.locator("#code-error")).containsText("Please type the six digits your app shows.");
            shoot(own, "two-step-scan-wrong", v, problems);

            own.getByLabel("The six-digit code your app shows now").fill(TestCodes.codeNow(key, clock));
            own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on the second step")).click();
            assertThat(own.getByRole(AriaRole.STATUS).first()).containsText("The second step is on.");
            assertThat(own.locator("#recovery-codes li")).hasCount(10);
            shoot(own, "two-step-codes", v, problems);

            // Later, on a new phone: the password leads to the second page.
            clock.advance(Duration.ofSeconds(30));
            Page phone = newPage(newContext(v.options()));
            open(phone, "/sign-in");
            submitSignIn(phone, ana.email(), Pattern.compile("/sign-in/code$"));
            assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("One more step");
            shoot(phone, "two-step-sign-in", v, problems);

            String right = TestCodes.codeNow(key, clock);
            phone.getByLabel("Code from your app, or a recovery code").fill(right.equals("000000") ? "111111" : "000000");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            assertThat(phone.locator("#code-error")).containsText("That code does not match.");
            shoot(phone, "two-step-sign-in-wrong", v, problems);

            phone.getByLabel("Code from your app, or a recovery code").fill(right);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            assertThat(phone).hasURL(Pattern.compile("/sign-in/attempts$"));
            assertThat(phone.locator("#attempts-count")).containsText("one try to sign in to your account did not succeed");
            shoot(phone, "sign-in-attempts", v, problems);
            phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(phone).hasURL(Pattern.compile("/$"));
            checkedElsewhere(phone);

            // Someone guesses from elsewhere until signing in with the password must wait; on yet
            // another phone, the password with a code still gets in, and a link by mail is offered.
            clock.advance(Duration.ofSeconds(30));
            for (int i = 0; i < 30; i++) {
                mvc.perform(post("/sign-in").servletPath("/sign-in").param("email", ana.email()).param("password", "guess " + i)
                        .with(csrf()).with(freshAddress())).andReturn();
            }
            Page another = newPage(newContext(v.options()));
            open(another, "/sign-in");
            submitSignIn(another, ana.email(), Pattern.compile("/sign-in$"));
            assertThat(another.locator("#with-code")).isVisible();
            shoot(another, "sign-in-wait-with-code", v, problems);
            another.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            another.getByLabel("Code from your app, or a recovery code").fill(TestCodes.codeNow(key, clock));
            another.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            assertThat(another).hasURL(Pattern.compile("/sign-in/attempts$"));
            checkedElsewhere(another);

            Page asking = newPage(newContext(v.options()));
            open(asking, "/sign-in");
            asking.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Email me a link to sign in")).click();
            assertThat(asking.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in with a link by mail");
            shoot(asking, "sign-in-mail", v, problems);
        }
        Assertions.assertThat(problems).isEmpty();
    }
}
