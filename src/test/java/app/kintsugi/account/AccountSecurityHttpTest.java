package app.kintsugi.account;

import static app.kintsugi.HttpAgent.CHROME_WINDOWS;
import static app.kintsugi.HttpAgent.FIREFOX_LINUX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.TestMail;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.notices.NoticeJobAccess;
import app.kintsugi.notices.Notices;

/**
 * Password change and reset, sessions and remembered browsers, tried the way the likeliest attacker
 * would: the partner, who knows the password and has signed in with it in a browser of their own.
 */
class AccountSecurityHttpTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "a lantern by the old bridge";
    private static final Pattern RESET_LINK = Pattern.compile("http://localhost(/password/reset/[A-Za-z0-9_-]{43})");
    private static final Pattern PER_RESPONSE = Pattern.compile("name=\"_csrf\" value=\"[^\"]+\"|nonce=\"[^\"]+\"");
    private static final Pattern SESSION_END = Pattern.compile("/settings/sessions/([0-9a-f]{64})/end");
    @Autowired
    NoticeJobAccess job;
    @Autowired
    Notices notices;

    @Test
    void changingThePasswordEndsThePartnersSessionAtTheirNextClick() {
        TestPerson owner = people.create("Ana");
        HttpAgent own = signedIn(owner, TestAccounts.PASSWORD, FIREFOX_LINUX);
        HttpAgent partner = signedIn(owner, TestAccounts.PASSWORD, CHROME_WINDOWS);
        assertThat(in(partner)).isTrue();
        String before = own.sessionCookie();

        own.get("/settings/password");
        HttpAgent.Page changed = own.post("/settings/password", Map.of("currentPassword", TestAccounts.PASSWORD,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.location()).endsWith("/settings/password?changed");
        assertThat(own.sessionCookie()).as("this session gets a new id").isNotNull().isNotEqualTo(before);
        assertThat(in(own)).as("the owner stays signed in").isTrue();

        HttpAgent.Page next = partner.get("/settings");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/sign-in");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trusted_device WHERE person_id = ?").param(owner.id().value().toString())
                .query(Integer.class).single()).as("only the owner's browser is remembered, with a new token").isEqualTo(1);
        assertThat(new HttpAgent(port).signIn(owner.email(), TestAccounts.PASSWORD).status()).isEqualTo(401);
        signedIn(owner, NEW_PASSWORD, FIREFOX_LINUX);
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsSaidNextToTheFieldAndNoPasswordIsSentBack() {
        TestPerson owner = people.create("Ben");
        HttpAgent own = signedIn(owner, TestAccounts.PASSWORD, FIREFOX_LINUX);
        own.get("/settings/password");
        HttpAgent.Page wrong = own.post("/settings/password", Map.of("currentPassword", "not it at all, sorry",
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"currentPassword-error\"").contains("That is not your current password")
                .doesNotContain(NEW_PASSWORD).doesNotContain("not it at all");
        HttpAgent.Page weak = own.post("/settings/password", Map.of("currentPassword", TestAccounts.PASSWORD,
                "newPassword", "short", "repeatPassword", "shorter"));
        assertThat(weak.body()).contains("id=\"newPassword-error\"").contains("id=\"repeatPassword-error\"")
                .doesNotContain(TestAccounts.PASSWORD);
        assertThat(new HttpAgent(port).signIn(owner.email(), TestAccounts.PASSWORD).status())
                .as("nothing changed").isEqualTo(302);
    }

    @Test
    void theResetAnswerIsTheSameForAnAccountAndForAnUnknownAddress() {
        TestPerson owner = people.create("Cleo");
        notices.markConfirmed(owner.id(), owner.email());
        String unknown = TestAccounts.uniqueEmail();

        HttpAgent someone = new HttpAgent(port);
        someone.get("/password/forgot");
        HttpAgent.Page known = someone.post("/password/forgot", Map.of("email", owner.email()));
        HttpAgent other = new HttpAgent(port);
        other.get("/password/forgot");
        HttpAgent.Page nobody = other.post("/password/forgot", Map.of("email", unknown));
        assertThat(known.status()).isEqualTo(nobody.status()).isEqualTo(200);
        assertThat(known.body()).contains("If this address has an account, a link is on its way.");
        assertThat(comparable(known.body())).isEqualTo(comparable(nobody.body()));
        assertThat(TestMail.to(owner.email())).as("sent by the job, never during the request").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE email IN (?, ?)").params(owner.email(), unknown)
                .query(Integer.class).single()).as("a request row either way").isEqualTo(2);

        job.sendLinks();
        assertThat(TestMail.to(unknown)).isEmpty();
        List<MimeMessage> mails = TestMail.to(owner.email());
        assertThat(mails).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE email IS NOT NULL AND email IN (?, ?)")
                .params(owner.email(), unknown).query(Integer.class).single()).as("no address is kept").isZero();
    }

    @Test
    void aResetLinkEndsEverySessionAndWorksOnce() throws Exception {
        TestPerson owner = people.create("Dan");
        notices.markConfirmed(owner.id(), owner.email());
        HttpAgent own = signedIn(owner, TestAccounts.PASSWORD, FIREFOX_LINUX);
        HttpAgent partner = signedIn(owner, TestAccounts.PASSWORD, CHROME_WINDOWS);

        HttpAgent forgot = new HttpAgent(port);
        forgot.get("/password/forgot");
        forgot.post("/password/forgot", Map.of("email", owner.email().toUpperCase()));
        job.sendLinks();
        List<MimeMessage> mails = TestMail.to(owner.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("A new password for your Kintsugi account");
        assertThat(mails.get(0).getHeader("List-Unsubscribe")).isNull();
        Matcher link = RESET_LINK.matcher(TestMail.plainText(mails.get(0)));
        assertThat(link.find()).isTrue();
        String token = link.group(1).substring("/password/reset/".length());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?")
                .param(app.kintsugi.shared.LinkTokens.hash(token)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?").param(token)
                .query(Integer.class).single()).as("only the hash is stored").isZero();

        // Opening the link changes nothing (mail scanners open links).
        HttpAgent phone = new HttpAgent(port);
        assertThat(phone.get(link.group(1)).body()).contains("Choose a new password");
        assertThat(in(own)).isTrue();
        HttpAgent.Page mismatch = phone.post(link.group(1), Map.of("newPassword", NEW_PASSWORD, "repeatPassword", "something else"));
        assertThat(mismatch.status()).isEqualTo(200);
        assertThat(mismatch.body()).contains("id=\"repeatPassword-error\"").doesNotContain(NEW_PASSWORD);

        HttpAgent.Page done = phone.post(link.group(1), Map.of("newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/sign-in?reset");
        assertThat(in(own)).as("every session ends").isFalse();
        assertThat(in(partner)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trusted_device WHERE person_id = ?").param(owner.id().value().toString())
                .query(Integer.class).single()).isZero();
        phone.get("/password/forgot");
        assertThat(phone.post(link.group(1), Map.of("newPassword", "yet another good passphrase",
                "repeatPassword", "yet another good passphrase")).status()).as("the link works once").isEqualTo(404);
        assertThat(new HttpAgent(port).get(link.group(1)).status()).isEqualTo(404);
        assertThat(new HttpAgent(port).signIn(owner.email(), TestAccounts.PASSWORD).status()).isEqualTo(401);
        signedIn(owner, NEW_PASSWORD, FIREFOX_LINUX);
    }

    @Test
    void anAddressNeverConfirmedGetsNoLinkAndAnExpiredLinkDoesNotWork() {
        TestPerson unconfirmed = people.create("Eli");
        HttpAgent someone = new HttpAgent(port);
        someone.get("/password/forgot");
        someone.post("/password/forgot", Map.of("email", unconfirmed.email()));
        job.sendLinks();
        assertThat(TestMail.to(unconfirmed.email())).isEmpty();

        TestPerson owner = people.create("Fay");
        notices.markConfirmed(owner.id(), owner.email());
        someone.get("/password/forgot");
        someone.post("/password/forgot", Map.of("email", owner.email()));
        job.sendLinks();
        Matcher link = RESET_LINK.matcher(TestMail.plainText(TestMail.to(owner.email()).get(0)));
        assertThat(link.find()).isTrue();
        clock.advance(java.time.Duration.ofMinutes(61));
        assertThat(new HttpAgent(port).get(link.group(1)).status()).isEqualTo(404);
    }

    @Test
    void theSessionListShowsEachBrowserAndEndsTheOneThatIsNotYours() {
        TestPerson owner = people.create("Gil");
        HttpAgent own = signedIn(owner, TestAccounts.PASSWORD, FIREFOX_LINUX);
        HttpAgent partner = signedIn(owner, TestAccounts.PASSWORD, CHROME_WINDOWS);
        partner.get("/settings");

        HttpAgent.Page list = own.get("/settings/sessions");
        assertThat(list.status()).isEqualTo(200);
        String body = org.springframework.web.util.HtmlUtils.htmlUnescape(list.body());
        assertThat(body).contains("Firefox on Linux").contains("Chrome on Windows").contains("This browser");
        Matcher end = SESSION_END.matcher(list.body());
        assertThat(end.find()).as("a way to end the other session").isTrue();
        String handle = end.group(1);
        assertThat(end.find()).as("the current session offers sign-out elsewhere, not here").isFalse();

        // Someone else cannot end it: it looks like something that does not exist.
        TestPerson stranger = people.create("Hal");
        HttpAgent theirs = signedIn(stranger, TestAccounts.PASSWORD, CHROME_WINDOWS);
        theirs.get("/settings/sessions");
        assertThat(theirs.post("/settings/sessions/" + handle + "/end", Map.of()).status()).isEqualTo(404);
        assertThat(in(partner)).isTrue();

        own.get("/settings/sessions");
        assertThat(own.post("/settings/sessions/" + handle + "/end", Map.of()).location()).endsWith("/settings/sessions?ended");
        assertThat(in(partner)).isFalse();
        assertThat(in(own)).isTrue();
    }

    @Test
    void signingOutEverywhereElseEndsOtherSessionsAndForgetsOtherBrowsers() {
        TestPerson owner = people.create("Ida");
        HttpAgent own = signedIn(owner, TestAccounts.PASSWORD, FIREFOX_LINUX);
        HttpAgent partner = signedIn(owner, TestAccounts.PASSWORD, CHROME_WINDOWS);
        String partnersDevice = partner.cookie("device");
        assertThat(partnersDevice).isNotNull();

        // Another person cannot forget the owner's browsers by their handle.
        String deviceHandle = app.kintsugi.shared.LinkTokens.hash(partnersDevice);
        TestPerson stranger = people.create("Jo");
        HttpAgent theirs = signedIn(stranger, TestAccounts.PASSWORD, FIREFOX_LINUX);
        theirs.get("/settings/sessions");
        assertThat(theirs.post("/settings/devices/" + deviceHandle + "/forget", Map.of()).status()).isEqualTo(404);

        own.get("/settings/sessions");
        assertThat(own.post("/settings/sessions/others/end", Map.of()).location()).endsWith("?othersEnded");
        assertThat(in(partner)).isFalse();
        assertThat(in(own)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trusted_device WHERE person_id = ?").param(owner.id().value().toString())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSignInFromANewBrowserIsToldOnTodayUntilThePersonSaysItWasThem() {
        TestPerson owner = people.create("Kai");
        HttpAgent own = signedIn(owner, TestAccounts.PASSWORD, FIREFOX_LINUX);
        assertThat(own.get("/").body()).doesNotContain("from a new browser");
        signedIn(owner, TestAccounts.PASSWORD, CHROME_WINDOWS);

        HttpAgent.Page today = own.get("/");
        assertThat(today.body()).contains("signed in to your account from a new browser");
        assertThat(own.post("/settings/sessions/seen", Map.of("answer", "me")).location()).endsWith("/");
        assertThat(own.get("/").body()).doesNotContain("from a new browser");
    }

    @Test
    void aCopyOfTheDatabaseSignsNobodyIn() {
        TestPerson owner = people.create("Lou");
        HttpAgent own = signedIn(owner, TestAccounts.PASSWORD, FIREFOX_LINUX);
        own.get("/settings");
        List<String> stored = jdbc.sql("SELECT session_id FROM spring_session WHERE principal_name = ?")
                .param(owner.id().value().toString()).query(String.class).list();
        assertThat(stored).hasSize(1);
        String cookie = own.sessionCookie();
        String secret = new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
        assertThat(stored.get(0)).isNotEqualTo(secret).isNotEqualTo(cookie);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session_attributes WHERE attribute_bytes IS NULL")
                .query(Integer.class).single()).isZero();

        // The stored id, as it is and encoded as the cookie would carry it, opens nothing.
        for (String copied : List.of(stored.get(0), Base64.getEncoder().encodeToString(stored.get(0).getBytes(StandardCharsets.US_ASCII)))) {
            HttpAgent thief = new HttpAgent(port);
            thief.setCookie("KSESSION", copied);
            HttpAgent.Page page = thief.get("/settings");
            assertThat(page.status()).as(copied).isEqualTo(302);
            assertThat(page.location()).endsWith("/sign-in");
        }
        assertThat(in(own)).as("the real cookie still works").isTrue();

        // A remembered browser's stored hash does not make another browser remembered.
        String deviceHash = jdbc.sql("SELECT token_hash FROM trusted_device WHERE person_id = ?")
                .param(owner.id().value().toString()).query(String.class).single();
        own.post("/sign-out", Map.of());
        HttpAgent guesser = new HttpAgent(port);
        int last = 0;
        for (int i = 0; i < 6; i++) {
            last = guesser.signIn(owner.email(), "guessing " + i).status();
        }
        assertThat(last).isEqualTo(429);
        HttpAgent thief = new HttpAgent(port);
        thief.setCookie("device", deviceHash);
        assertThat(thief.signIn(owner.email(), TestAccounts.PASSWORD).status()).isEqualTo(429);
        assertThat(own.signIn(owner.email(), TestAccounts.PASSWORD).status()).isEqualTo(302);
    }

    @Test
    void signedOutVisitorsAreSentToSignInAndTheResetPagesAreOpen() throws Exception {
        for (String path : List.of("/settings/password", "/settings/sessions")) {
            MockHttpServletResponse r = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(path).endsWith("/sign-in");
        }
        String someHandle = "0".repeat(64);
        for (String path : List.of("/settings/password", "/settings/sessions/others/end", "/settings/sessions/seen",
                "/settings/sessions/" + someHandle + "/end", "/settings/devices/" + someHandle + "/forget")) {
            MockHttpServletResponse r = mvc.perform(post(path).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(path).endsWith("/sign-in");
        }
        assertThat(mvc.perform(get("/password/forgot")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/password/reset/" + "A".repeat(43))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/password/reset/" + "A".repeat(43)).with(csrf())
                .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/password/forgot").param("email", "x@example.org")).andReturn().getResponse().getStatus())
                .as("no form token, no request").isEqualTo(403);
        TestPerson someone = people.create("Max");
        assertThat(postAs(someone, "/settings/sessions/" + someHandle + "/end", Map.of()).getStatus()).isEqualTo(404);
        assertThat(postAs(someone, "/settings/devices/" + someHandle + "/forget", Map.of()).getStatus()).isEqualTo(404);
    }

    /** A page without what differs by nature: the form token and the script nonce. */
    private static String comparable(String body) {
        return PER_RESPONSE.matcher(body).replaceAll("");
    }
}
