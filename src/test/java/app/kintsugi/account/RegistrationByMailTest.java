package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.TestMail;

/**
 * Registration where mail is set up: the answer is "check your inbox" whether or not the address has
 * an account, and the account exists only once the link in the real mail was followed.
 */
@TestPropertySource(properties = "kintsugi.registration.confirm-by-mail=true")
class RegistrationByMailTest extends IntegrationTest {

    private static final Pattern FINISH_LINK = Pattern.compile("http://localhost(/register/confirm/[A-Za-z0-9_-]{43})");
    private static final Pattern PER_RESPONSE = Pattern.compile("name=\"_csrf\" value=\"[^\"]+\"|nonce=\"[^\"]+\"");
    private static final String PASSWORD = "a quiet harbour at dawn";
    @Autowired
    app.kintsugi.notices.NoticeJobAccess notices;

    @Test
    void aNewAddressGetsALinkAndOnlyTheLinkCreatesTheAccount() throws Exception {
        String email = TestAccounts.uniqueEmail();
        HttpAgent browser = new HttpAgent(port);
        browser.get("/register");
        HttpAgent.Page answer = browser.post("/register", Map.of("email", email, "displayName", "Ana",
                "password", PASSWORD, "timeZone", "Europe/Madrid"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Check your inbox").contains(email);
        assertThat(accounts(email)).as("no account before the link").isZero();
        assertThat(TestMail.to(email)).as("sent by the job, never during the request").isEmpty();

        notices.sendLinks();
        List<MimeMessage> mails = TestMail.to(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Finish creating your Kintsugi account");
        Matcher link = FINISH_LINK.matcher(TestMail.plainText(mails.get(0)));
        assertThat(link.find()).isTrue();
        assertThat(mails.get(0).getHeader("List-Unsubscribe")).as("a mail asked for once has nothing to stop").isNull();

        // A mail scanner opening the link creates nothing.
        assertThat(new HttpAgent(port).get(link.group(1)).body()).contains("Create my account");
        assertThat(accounts(email)).isZero();

        HttpAgent.Page created = browser.post(link.group(1), Map.of());
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/welcome");
        assertThat(browser.get("/").body()).contains("Hello, Ana");
        assertThat(jdbc.sql("SELECT password_hash FROM person WHERE email = ?").param(email).query(String.class).single())
                .startsWith("$argon2id$");
        assertThat(jdbc.sql("SELECT time_zone FROM person WHERE email = ?").param(email).query(String.class).single())
                .isEqualTo("Europe/Madrid");
        HttpAgent again = new HttpAgent(port);
        again.get("/register");
        assertThat(again.post(link.group(1), Map.of()).status()).as("the link works once").isEqualTo(404);
        assertThat(new HttpAgent(port).get(link.group(1)).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pending_registration WHERE email = ?").param(email)
                .query(Integer.class).single()).as("nothing of the request is kept").isZero();
    }

    @Test
    void anAccountMadeThroughTheMailedLinkCanAskForANewPasswordByMail() throws Exception {
        String email = TestAccounts.uniqueEmail();
        HttpAgent browser = new HttpAgent(port);
        browser.get("/register");
        browser.post("/register", Map.of("email", email, "displayName", "Noor", "password", PASSWORD));
        notices.sendLinks();
        Matcher link = FINISH_LINK.matcher(TestMail.plainText(TestMail.to(email).get(0)));
        assertThat(link.find()).isTrue();
        browser.get(link.group(1));
        browser.post(link.group(1), Map.of());
        assertThat(jdbc.sql("SELECT confirmed_address FROM notice_settings n JOIN person p ON p.id = n.person_id WHERE p.email = ?")
                .param(email).query(String.class).single()).as("following the link proved the address").isEqualTo(email);

        HttpAgent forgot = new HttpAgent(port);
        forgot.get("/password/forgot");
        forgot.post("/password/forgot", Map.of("email", email));
        notices.sendLinks();
        List<MimeMessage> mails = TestMail.to(email);
        assertThat(mails).hasSize(2);
        assertThat(TestMail.plainText(mails.get(1))).contains("http://localhost/password/reset/");
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswerAndItsOwnerAMailThatSaysSo() throws Exception {
        TestAccounts.TestPerson ana = people.create("Ana");
        String fresh = TestAccounts.uniqueEmail();

        HttpAgent someone = new HttpAgent(port);
        someone.get("/register");
        HttpAgent.Page taken = someone.post("/register", Map.of("email", ana.email(), "displayName", "Not Ana",
                "password", "another long passphrase here"));
        HttpAgent other = new HttpAgent(port);
        other.get("/register");
        HttpAgent.Page free = other.post("/register", Map.of("email", fresh, "displayName", "Not Ana",
                "password", "another long passphrase here"));
        assertThat(taken.status()).isEqualTo(free.status()).isEqualTo(200);
        assertThat(comparable(taken.body(), ana.email())).isEqualTo(comparable(free.body(), fresh));

        notices.sendLinks();
        List<MimeMessage> mails = TestMail.to(ana.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("About your Kintsugi account");
        String text = TestMail.plainText(mails.get(0));
        assertThat(text).contains("already has one").contains("http://localhost/sign-in").doesNotContain("/register/confirm")
                .doesNotContain("Not Ana");
        // Nothing about Ana's account changed: her password still works, the other does not.
        assertThat(new HttpAgent(port).signIn(ana.email(), TestAccounts.PASSWORD).location()).doesNotContain("failed");
        assertThat(new HttpAgent(port).signIn(ana.email(), "another long passphrase here").status()).isEqualTo(401);
        assertThat(accounts(ana.email())).isEqualTo(1);
    }

    @Test
    void theAccountOpensThePageThatWasAskedForBeforeRegistering() throws Exception {
        String email = TestAccounts.uniqueEmail();
        HttpAgent browser = new HttpAgent(port);
        assertThat(browser.get("/check-in").location()).endsWith("/sign-in");
        browser.get("/register");
        browser.post("/register", Map.of("email", email, "displayName", "Ben", "password", PASSWORD));
        notices.sendLinks();
        Matcher link = FINISH_LINK.matcher(TestMail.plainText(TestMail.to(email).get(0)));
        assertThat(link.find()).isTrue();
        // Opened in another browser, as a link from a mail often is.
        HttpAgent phone = new HttpAgent(port);
        phone.get(link.group(1));
        assertThat(phone.post(link.group(1), Map.of()).location()).contains("/check-in");
    }

    @Test
    void whatCanBeFixedInTheFormIsSaidNextToTheFieldAndNothingIsKept() throws Exception {
        String email = TestAccounts.uniqueEmail();
        HttpAgent browser = new HttpAgent(port);
        browser.get("/register");
        HttpAgent.Page answer = browser.post("/register", Map.of("email", email, "displayName", "Ana <b>Zoë</b>",
                "password", "short"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("Check your inbox").contains("id=\"password-error\"")
                .contains("Ana &lt;b&gt;Zo&euml;&lt;/b&gt;");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pending_registration WHERE email = ?").param(email)
                .query(Integer.class).single()).isZero();
    }

    private int accounts(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE email = ?").param(email).query(Integer.class).single();
    }

    /** A page without what differs by nature: the address typed, the form token and the script nonce. */
    private static String comparable(String body, String address) {
        return PER_RESPONSE.matcher(body.replace(address, "ADDRESS")).replaceAll("");
    }
}
