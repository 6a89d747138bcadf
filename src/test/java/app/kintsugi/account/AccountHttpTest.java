package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import java.util.Map;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;

class AccountHttpTest extends IntegrationTest {

    @Test
    void registersSignsInAndStoresAnArgon2idHash() {
        String email = TestAccounts.uniqueEmail();
        HttpAgent browser = new HttpAgent(port);
        browser.get("/register");
        var registered = browser.post("/register", Map.of("email", "  " + email.toUpperCase() + " ",
                "displayName", "Ana", "password", "a quiet harbour at dawn"));
        assertThat(registered.status()).isEqualTo(302);
        assertThat(registered.location()).endsWith("/welcome");
        assertThat(browser.get("/").body()).contains("Hello, Ana");

        String hash = jdbc.sql("SELECT password_hash FROM person WHERE email = ?").param(email).query(String.class).single();
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void refusesCommonShortAndMalformedInputKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/register").with(csrf())
                        .param("email", "not-an-email")
                        .param("displayName", "<script>alert(1)</script>")
                        .param("password", "password1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This doesn’t look like an email address")))
                .andExpect(content().string(Matchers.containsString("one of the most common")))
                .andExpect(content().string(Matchers.containsString("value=\"not-an-email\"")))
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)"))));

        mvc.perform(post("/register").with(csrf())
                        .param("email", TestAccounts.uniqueEmail())
                        .param("displayName", "")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please enter a name")))
                .andExpect(content().string(Matchers.containsString("at least 8 characters")));
    }

    @Test
    void acceptsLongUnicodePasswordsAndRefusesDuplicateEmails() throws Exception {
        String email = TestAccounts.uniqueEmail();
        String longPassword = "ñandú ".repeat(20) + "über große Straße 🌿";
        mvc.perform(post("/register").with(csrf()).param("email", email).param("displayName", "Zoë")
                        .param("password", longPassword))
                .andExpect(status().is3xxRedirection());
        var signedIn = new HttpAgent(port).signIn(email, longPassword);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/");
        mvc.perform(post("/register").with(csrf()).param("email", email).param("displayName", "Other")
                        .param("password", "another fine password"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is already an account with this email")));
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        var person = people.create("Bo");
        var wrongPassword = new HttpAgent(port).signIn(person.email(), "not the password");
        var unknownEmail = new HttpAgent(port).signIn("nobody-" + person.email(), "not the password");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("That email and password don’t match an account")
                .contains("value=\"" + person.email() + "\"");
        assertThat(strip(wrongPassword.body(), person.email()))
                .isEqualTo(strip(unknownEmail.body(), "nobody-" + person.email()));
    }

    @Test
    void signInRotatesTheSessionId() {
        var person = people.create("Cy");
        HttpAgent browser = new HttpAgent(port);
        // A signed-out deep link keeps where to go after signing in, in a session (the sign-in page alone makes none).
        browser.get("/reflections");
        browser.get("/sign-in");
        String before = browser.sessionCookie();
        assertThat(before).isNotNull();
        assertThat(browser.post("/sign-in", Map.of("email", person.email(), "password", TestAccounts.PASSWORD)).status())
                .isEqualTo(302);
        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    void throttlesRepeatedFailuresWithGrowingDelaysButNeverLocksTheAccount() {
        var person = people.create("Di");
        HttpAgent browser = new HttpAgent(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(person.email(), "wrong " + i).status()).isEqualTo(401);
        }
        var throttled = browser.signIn(person.email(), TestAccounts.PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body()).contains("please wait").contains("value=\"" + person.email() + "\"");

        clock.advance(Duration.ofMinutes(2));
        var later = browser.signIn(person.email(), TestAccounts.PASSWORD);
        assertThat(later.status()).isEqualTo(302);
        // Five wrong passwords and one try while waiting are told once, then home.
        assertThat(later.location()).endsWith("/sign-in/attempts");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(browser.get("/sign-in/attempts").body()))
                .contains("6 tries to sign in to your account did not succeed");
        assertThat(browser.get("/sign-in/attempts").location()).endsWith("/");
    }

    @Test
    void aBrowserThePersonSignedInWithBeforeIsNeverKeptOut() {
        var person = people.create("Ivy");
        HttpAgent own = new HttpAgent(port);
        assertThat(own.signIn(person.email(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        own.get("/");
        own.post("/sign-out", Map.of());
        HttpAgent someoneElse = new HttpAgent(port);
        int last = 0;
        for (int i = 0; i < 6; i++) {
            last = someoneElse.signIn(person.email(), "guessing " + i).status();
        }
        assertThat(last).isEqualTo(429);
        assertThat(new HttpAgent(port).signIn(person.email(), TestAccounts.PASSWORD).status()).isEqualTo(429);
        var back = own.signIn(person.email(), TestAccounts.PASSWORD);
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).endsWith("/sign-in/attempts");
    }

    @Test
    void metricsNeedTheScrapersTokenAndHealthIsPublic() {
        HttpAgent anyone = new HttpAgent(port);
        assertThat(anyone.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anyone.get("/actuator/prometheus").status()).isNotEqualTo(200);
        var person = people.create("Jo");
        anyone.signIn(person.email(), TestAccounts.PASSWORD);
        // A page an account may not open looks like one that does not exist.
        assertThat(anyone.get("/actuator/prometheus").status()).isEqualTo(404);
    }

    @Test
    void signOutEndsTheSession() {
        var person = people.create("Gil");
        HttpAgent browser = new HttpAgent(port);
        browser.signIn(person.email(), TestAccounts.PASSWORD);
        browser.get("/");
        var out = browser.post("/sign-out", Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.location()).endsWith("/sign-in?signedOut");
        assertThat(browser.get("/reflections").status()).isEqualTo(302);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/register").param("email", TestAccounts.uniqueEmail()).param("displayName", "X")
                        .param("password", "a fine long password"))
                .andExpect(status().isForbidden());
    }

    @Test
    void sessionsEndAfterTwelveHoursHoweverActive() {
        var person = people.create("Ed");
        HttpAgent browser = new HttpAgent(port);
        browser.signIn(person.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/").status()).isEqualTo(200);
        clock.advance(Duration.ofHours(11));
        assertThat(browser.get("/").status()).isEqualTo(200);
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        var expired = browser.get("/");
        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.location()).endsWith("/sign-in?expired");
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void settingsAreSavedAndAStaleVersionKeepsTheChoices() throws Exception {
        var person = people.create("Flo");
        mvc.perform(post("/settings").with(csrf()).with(user(person.principal()))
                        .param("displayName", "Florence").param("language", "es").param("theme", "DARK")
                        .param("discreetMode", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().stringValues("Set-Cookie", Matchers.hasItem(Matchers.containsString("pref-discreet=1"))));
        mvc.perform(post("/settings").with(csrf()).with(user(person.principal()))
                        .param("displayName", "Flo again").param("language", "en").param("theme", "LIGHT")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Flo again\"")));
        String page = mvc.perform(get("/settings").with(user(person.principal())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Florence\"");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/reflections")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }

    private static String strip(String page, String email) {
        return page.replace(email, "")
                .replaceAll("nonce-[A-Za-z0-9_-]+", "")
                .replaceAll("nonce=\"[^\"]*\"", "")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
