package app.kintsugi.account;

import static app.kintsugi.HttpAgent.CHROME_WINDOWS;
import static app.kintsugi.HttpAgent.FIREFOX_LINUX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.TestMail;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.account.internal.Totp;
import app.kintsugi.notices.NoticeJobAccess;
import app.kintsugi.notices.Notices;

/**
 * The second sign-in step through real HTTP, tried the way the likeliest attacker would: the partner,
 * who knows the password, from a browser of their own; and someone guessing to lock the owner out.
 */
class TwoStepHttpTest extends IntegrationTest {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");
    @Autowired
    NoticeJobAccess job;
    @Autowired
    Notices notices;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private record Enrolled(HttpAgent browser, String secret, List<String> recoveryCodes) {

        String codeNow(java.time.Clock clock) {
            return Totp.code(secret, Totp.step(clock.instant()));
        }
    }

    /** Turns the second step on in the owner's own browser, the way a person does. */
    private Enrolled enrol(TestPerson owner) {
        HttpAgent own = signedIn(owner, FIREFOX_LINUX);
        return enrol(own);
    }

    private Enrolled enrol(HttpAgent own) {
        assertThat(own.get("/settings/security").body()).contains("Turn it on");
        HttpAgent.Page started = own.post("/settings/security/start", Map.of("currentPassword", TestAccounts.PASSWORD));
        Matcher secret = SECRET.matcher(started.body());
        assertThat(secret.find()).as("the key is shown as text to type").isTrue();
        assertThat(started.body()).contains("<svg").contains("class=\"qr\"");
        String key = secret.group(1).replace(" ", "");
        HttpAgent.Page confirmed = own.post("/settings/security/confirm",
                Map.of("code", Totp.code(key, Totp.step(clock.instant()))));
        assertThat(confirmed.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(confirmed.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).hasSize(10);
        // Each code from the app works once: the next one comes with the next 30 seconds.
        clock.advance(Duration.ofSeconds(30));
        return new Enrolled(own, key, codes);
    }

    @Test
    void turningItOnAsksForThePasswordAndAFirstCodeAndSignsOutEveryOtherBrowser() {
        TestPerson owner = people.create("Ana");
        HttpAgent own = signedIn(owner, FIREFOX_LINUX);
        HttpAgent partner = signedIn(owner, CHROME_WINDOWS);

        own.get("/settings/security");
        HttpAgent.Page wrong = own.post("/settings/security/start", Map.of("currentPassword", "not the password at all"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"currentPassword-error\"").doesNotContain("totp-secret")
                .doesNotContain("not the password at all");

        HttpAgent.Page started = own.post("/settings/security/start", Map.of("currentPassword", TestAccounts.PASSWORD));
        Matcher secret = SECRET.matcher(started.body());
        assertThat(secret.find()).isTrue();
        String key = secret.group(1).replace(" ", "");
        byte[] stored = jdbc.sql("SELECT secret FROM totp_factor WHERE person_id = ?").param(owner.id().value().toString())
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).as("the key is sealed").doesNotContain(key);

        String right = Totp.code(key, Totp.step(clock.instant()));
        String other = right.equals("000000") ? "111111" : "000000";
        HttpAgent.Page mismatch = own.post("/settings/security/confirm", Map.of("code", other));
        assertThat(HtmlUtils.htmlUnescape(mismatch.body())).contains("id=\"code-error\"").contains("That code does not match")
                .contains("totp-secret");
        assertThat(in(partner)).as("nothing changed yet").isTrue();

        HttpAgent.Page on = own.post("/settings/security/confirm", Map.of("code", right));
        assertThat(on.body()).contains("The second step is on.").contains("Your recovery codes");
        Matcher m = RECOVERY.matcher(on.body());
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).hasSize(10);
        assertThat(jdbc.sql("SELECT code_hash FROM recovery_code WHERE person_id = ?").param(owner.id().value().toString())
                .query(String.class).list()).hasSize(10).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));
        assertThat(in(partner)).as("a browser that signed in with the password alone is out").isFalse();
        assertThat(in(own)).isTrue();
        assertThat(own.get("/settings/security").body()).as("the codes are shown once").doesNotContain(codes.get(0))
                .contains("10 recovery codes left");
        assertThat(HtmlUtils.htmlUnescape(own.get("/").body())).contains("How you sign in changed since your last visit");
    }

    private static final Pattern RESET = Pattern.compile("http://localhost(/password/reset/[A-Za-z0-9_-]{43})");

    /** The owner's reset through their own mailbox: the new password, and with it whatever the reset removed. */
    private void resetThroughTheMailbox(TestPerson owner, String newPassword) throws Exception {
        HttpAgent forgot = new HttpAgent(port);
        forgot.get("/password/forgot");
        forgot.post("/password/forgot", Map.of("email", owner.email()));
        job.sendLinks();
        Matcher link = null;
        for (jakarta.mail.internet.MimeMessage mail : TestMail.to(owner.email())) {
            Matcher found = RESET.matcher(TestMail.plainText(mail));
            if (found.find()) {
                link = found;
            }
        }
        assertThat(link).as("the reset mail").isNotNull();
        HttpAgent phone = new HttpAgent(port);
        phone.get(link.group(1));
        assertThat(phone.post(link.group(1), Map.of("newPassword", newPassword, "repeatPassword", newPassword)).location())
                .endsWith("/sign-in?reset");
    }

    /**
     * The partner who knows the password turns the second step on in the owner's account, which signs
     * the owner out everywhere. The owner, who has the mailbox, resets the password and is back in
     * without a code: a second step turned on in the last two weeks goes with a reset. One the owner
     * has had for longer stays, so the mailbox alone never gets past it.
     */
    @Test
    void aSecondStepSomeoneElseTurnedOnDoesNotKeepTheOwnerOut() throws Exception {
        TestPerson owner = people.create("Ana");
        notices.markConfirmed(owner.id(), owner.email());
        HttpAgent ownersBrowser = signedIn(owner, FIREFOX_LINUX);
        enrol(signedIn(owner, CHROME_WINDOWS));
        assertThat(in(ownersBrowser)).as("the owner is signed out").isFalse();
        assertThat(new HttpAgent(port).userAgent(FIREFOX_LINUX).signIn(owner.email(), TestAccounts.PASSWORD).location())
                .endsWith("/sign-in/code");

        resetThroughTheMailbox(owner, "a new kettle on an old stove");
        HttpAgent back = new HttpAgent(port).userAgent(FIREFOX_LINUX);
        HttpAgent.Page in = back.signIn(owner.email(), "a new kettle on an old stove");
        assertThat(in.location()).doesNotContain("/sign-in/code").doesNotContain("failed");
        assertThat(in(back)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM totp_factor WHERE person_id = ?").param(owner.id().value().toString())
                .query(Long.class).single()).isZero();

        // A second step the owner has had for three weeks stays after a reset.
        TestPerson careful = people.create("Cleo");
        notices.markConfirmed(careful.id(), careful.email());
        enrol(careful);
        clock.advance(Duration.ofDays(21));
        events.publishEvent(new PasswordResetByMail(careful.id()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM totp_factor WHERE person_id = ?").param(careful.id().value().toString())
                .query(Long.class).single()).isOne();
        // Back to the time the session store keeps on its own.
        clock.reset();
        assertThat(new HttpAgent(port).userAgent(CHROME_WINDOWS).signIn(careful.email(), TestAccounts.PASSWORD)
                .location()).endsWith("/sign-in/code");
    }

    @Test
    void aPartnerWhoKnowsThePasswordDoesNotGetInWithoutTheCode() {
        TestPerson owner = people.create("Ben");
        Enrolled enrolled = enrol(owner);

        HttpAgent partner = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        HttpAgent.Page password = partner.signIn(owner.email(), TestAccounts.PASSWORD);
        assertThat(password.status()).isEqualTo(302);
        assertThat(password.location()).endsWith("/sign-in/code");
        for (String path : List.of("/", "/settings", "/settings/security", "/reflections", "/settings/sessions")) {
            HttpAgent.Page page = partner.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/sign-in");
        }
        assertThat(partner.cookie("device")).as("not remembered").isNull();
        HttpAgent.Page ask = partner.get("/sign-in/code");
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.body()).contains("One more step");

        String right = enrolled.codeNow(clock);
        int wrongs = 0;
        HttpAgent.Page last = null;
        for (int i = 0; i < 6; i++) {
            String guess = String.format("%06d", 123456 + i);
            if (guess.equals(right)) {
                continue;
            }
            last = partner.post("/sign-in/code", Map.of("code", guess));
            wrongs++;
            if (wrongs <= 5) {
                assertThat(last.status()).isEqualTo(401);
                assertThat(HtmlUtils.htmlUnescape(last.body())).contains("That code does not match");
            }
        }
        assertThat(last.status()).as("wrong codes slow down more guessing").isEqualTo(429);
        assertThat(HtmlUtils.htmlUnescape(last.body())).contains("A recovery code works now");
        assertThat(in(partner)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param(owner.id().value().toString())
                .query(Integer.class).single()).as("only the owner's session is signed in").isEqualTo(1);

        // The owner's own browser is remembered: no code, and never slowed down by the partner's guesses.
        HttpAgent own = enrolled.browser();
        own.get("/settings");
        own.post("/sign-out", Map.of());
        HttpAgent.Page back = own.signIn(owner.email(), TestAccounts.PASSWORD);
        assertThat(back.location()).doesNotContain("/sign-in/code").doesNotContain("failed");
        assertThat(in(own)).isTrue();

        // A new browser of the owner's, while codes from the app must wait: a recovery code still works.
        HttpAgent phone = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        assertThat(phone.signIn(owner.email(), TestAccounts.PASSWORD).location()).endsWith("/sign-in/code");
        phone.get("/sign-in/code");
        HttpAgent.Page recovered = phone.post("/sign-in/code", Map.of("code", enrolled.recoveryCodes().get(3).toUpperCase()));
        assertThat(recovered.status()).isEqualTo(302);
        assertThat(in(phone)).isTrue();
    }

    @Test
    void aCodeAndARecoveryCodeEachSignInOnce() {
        TestPerson owner = people.create("Cleo");
        Enrolled enrolled = enrol(owner);

        String code = enrolled.codeNow(clock);
        HttpAgent laptop = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        assertThat(laptop.signIn(owner.email(), TestAccounts.PASSWORD).location()).endsWith("/sign-in/code");
        laptop.get("/sign-in/code");
        HttpAgent.Page done = laptop.post("/sign-in/code", Map.of("code", code));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).doesNotContain("sign-in");
        assertThat(in(laptop)).isTrue();
        assertThat(laptop.cookie("device")).as("this browser is remembered now").isNotNull();

        HttpAgent again = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        again.signIn(owner.email(), TestAccounts.PASSWORD);
        again.get("/sign-in/code");
        assertThat(again.post("/sign-in/code", Map.of("code", code)).status()).as("a code seen over a shoulder").isEqualTo(401);
        assertThat(in(again)).isFalse();

        String recovery = enrolled.recoveryCodes().get(0);
        HttpAgent first = new HttpAgent(port);
        first.signIn(owner.email(), TestAccounts.PASSWORD);
        first.get("/sign-in/code");
        assertThat(first.post("/sign-in/code", Map.of("code", recovery)).status()).isEqualTo(302);
        assertThat(in(first)).isTrue();
        HttpAgent second = new HttpAgent(port);
        second.signIn(owner.email(), TestAccounts.PASSWORD);
        second.get("/sign-in/code");
        assertThat(second.post("/sign-in/code", Map.of("code", recovery)).status()).as("a recovery code works once").isEqualTo(401);
        assertThat(in(second)).isFalse();
        assertThat(HtmlUtils.htmlUnescape(enrolled.browser().get("/settings/security").body())).contains("9 recovery codes left");

        // Without a browser that typed the password first, a code opens nothing.
        HttpAgent stranger = new HttpAgent(port);
        stranger.get("/sign-in");
        HttpAgent.Page nothing = stranger.post("/sign-in/code", Map.of("code", enrolled.recoveryCodes().get(1)));
        assertThat(nothing.status()).isEqualTo(302);
        assertThat(nothing.location()).contains("/sign-in");
        assertThat(in(stranger)).isFalse();
    }

    @Test
    void aHundredWrongGuessesNeverKeepTheOwnerOutAndTheyAreToldCalmly() throws Exception {
        TestPerson owner = people.create("Dan");
        Enrolled enrolled = enrol(owner);
        guessAHundredTimes(owner);
        HttpAgent newPhone = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        HttpAgent.Page slowed = newPhone.signIn(owner.email(), TestAccounts.PASSWORD);
        assertThat(slowed.status()).as("the password alone must wait").isEqualTo(429);
        assertThat(slowed.body()).contains("id=\"with-code\"").contains("name=\"code\"");

        String code = enrolled.codeNow(clock);
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        HttpAgent.Page wrongWithCode = newPhone.post("/sign-in",
                Map.of("email", owner.email(), "password", TestAccounts.PASSWORD, "code", wrongCode));
        assertThat(wrongWithCode.status()).isEqualTo(429);
        HttpAgent.Page wrongPassword = newPhone.post("/sign-in",
                Map.of("email", owner.email(), "password", "still not it", "code", code));
        assertThat(wrongPassword.status()).as("a code never reveals whether a password was right").isEqualTo(429);
        // The same page, but for the seconds left, which go on counting down between the two.
        assertThat(comparable(wrongPassword.body()).replaceAll("wait \\d+ seconds?", "wait"))
                .isEqualTo(comparable(wrongWithCode.body()).replaceAll("wait \\d+ seconds?", "wait"));
        assertThat(in(newPhone)).isFalse();

        HttpAgent.Page in = newPhone.post("/sign-in", Map.of("email", owner.email(), "password", TestAccounts.PASSWORD, "code", code));
        assertThat(in.status()).isEqualTo(302);
        assertThat(in.location()).endsWith("/sign-in/attempts");
        HttpAgent.Page told = newPhone.get("/sign-in/attempts");
        assertThat(told.status()).isEqualTo(200);
        // 100 guesses, the owner's password alone, a wrong code and a wrong password.
        assertThat(HtmlUtils.htmlUnescape(told.body())).contains("103 tries to sign in to your account did not succeed")
                .contains("never lock you out");
        assertThat(newPhone.get("/sign-in/attempts").location()).as("told once").endsWith("/");
        assertThat(in(newPhone)).isTrue();
    }

    @Test
    void turningItOffNeedsThePasswordAndBothChangesAreMailedWithoutDetail() throws Exception {
        TestPerson owner = people.create("Eva");
        notices.markConfirmed(owner.id(), owner.email());
        Enrolled enrolled = enrol(owner);
        HttpAgent own = enrolled.browser();
        own.get("/settings/security");
        HttpAgent.Page refused = own.post("/settings/security/remove", Map.of("currentPassword", "wrong one"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"removePassword-error\"");
        HttpAgent.Page off = own.post("/settings/security/remove", Map.of("currentPassword", TestAccounts.PASSWORD));
        assertThat(off.location()).endsWith("/settings/security?removed");
        HttpAgent laptop = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        assertThat(laptop.signIn(owner.email(), TestAccounts.PASSWORD).location()).doesNotContain("/sign-in/code");

        job.sendLinks();
        List<MimeMessage> mails = TestMail.to(owner.email());
        assertThat(mails).hasSize(2);
        for (MimeMessage mail : mails) {
            assertThat(mail.getSubject()).isEqualTo("Your Kintsugi sign-in settings changed");
            assertThat(TestMail.plainText(mail)).contains("http://localhost/settings/security")
                    .doesNotContain(enrolled.secret()).doesNotContain(owner.name());
        }
        job.sendLinks();
        assertThat(TestMail.to(owner.email())).as("each change is mailed once").hasSize(2);

        // Without a confirmed address, nothing is mailed; the notice on Today remains.
        TestPerson quiet = people.create("Finn");
        enrol(quiet);
        job.sendLinks();
        assertThat(TestMail.to(quiet.email())).isEmpty();
    }

    private static final Pattern SIGN_IN_LINK = Pattern.compile("http://localhost(/sign-in/link/[A-Za-z0-9_-]{43})");

    private void guessAHundredTimes(TestPerson owner) throws Exception {
        // Someone patient guesses from a hundred addresses over 25 minutes, so only the account's own
        // allowance is spent, and both its windows are empty at the end.
        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofSeconds(15));
            mvc.perform(post("/sign-in").servletPath("/sign-in").param("email", owner.email()).param("password", "guess " + i)
                    .with(csrf()).with(freshAddress())).andReturn();
        }
    }

    @Test
    void withoutASecondStepAMailedLinkLetsTheOwnerInWhateverTheGuessesAndWorksOnce() throws Exception {
        TestPerson owner = people.create("Gus");
        notices.markConfirmed(owner.id(), owner.email());
        guessAHundredTimes(owner);
        HttpAgent phone = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        assertThat(phone.signIn(owner.email(), TestAccounts.PASSWORD).status()).isEqualTo(429);

        String unknown = TestAccounts.uniqueEmail();
        TestPerson unconfirmed = people.create("Hana");
        Map<String, String> answers = new java.util.HashMap<>();
        for (String email : List.of(owner.email(), unknown, unconfirmed.email())) {
            HttpAgent asking = new HttpAgent(port);
            asking.get("/sign-in/mail");
            HttpAgent.Page sent = asking.post("/sign-in/mail", Map.of("email", email));
            assertThat(sent.status()).isEqualTo(200);
            answers.put(email, comparable(sent.body()));
        }
        assertThat(answers.get(owner.email())).contains("If this address has an account, a link is on its way.")
                .isEqualTo(answers.get(unknown)).isEqualTo(answers.get(unconfirmed.email()));
        assertThat(TestMail.to(owner.email())).as("sent by the job, never during the request").isEmpty();

        job.sendLinks();
        assertThat(TestMail.to(unknown)).isEmpty();
        assertThat(TestMail.to(unconfirmed.email())).as("only to a confirmed address").isEmpty();
        List<MimeMessage> mails = TestMail.to(owner.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Your link to sign in to Kintsugi");
        Matcher link = SIGN_IN_LINK.matcher(TestMail.plainText(mails.get(0)));
        assertThat(link.find()).isTrue();
        String token = link.group(1).substring("/sign-in/link/".length());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_link WHERE token_hash = ? OR token_hash = ?")
                .params(token, app.kintsugi.shared.LinkTokens.hash(token)).query(Integer.class).single())
                .as("only the hash is kept").isEqualTo(1);
        assertThat(jdbc.sql("SELECT token_hash FROM sign_in_link WHERE person_id = ?").param(owner.id().value().toString())
                .query(String.class).single()).isEqualTo(app.kintsugi.shared.LinkTokens.hash(token));

        // Opening it changes nothing (mail scanners open links); pressing the button signs in.
        HttpAgent.Page opened = phone.get(link.group(1));
        assertThat(opened.status()).isEqualTo(200);
        assertThat(in(phone)).isFalse();
        HttpAgent.Page used = phone.post(link.group(1), Map.of());
        assertThat(used.status()).isEqualTo(302);
        assertThat(used.location()).endsWith("/sign-in/attempts");
        assertThat(in(phone)).isTrue();
        assertThat(new HttpAgent(port).get(link.group(1)).status()).as("it works once").isEqualTo(404);

        // An expired link does not work.
        HttpAgent again = new HttpAgent(port);
        again.get("/sign-in/mail");
        again.post("/sign-in/mail", Map.of("email", owner.email()));
        clock.advance(Duration.ofMinutes(3));
        job.sendLinks();
        Matcher second = SIGN_IN_LINK.matcher(TestMail.plainText(TestMail.to(owner.email()).get(1)));
        assertThat(second.find()).isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(new HttpAgent(port).get(second.group(1)).status()).isEqualTo(404);
    }

    @Test
    void withASecondStepAMailedLinkStandsForThePasswordOnlyAndTheCodeIsStillAsked() throws Exception {
        TestPerson owner = people.create("Ivo");
        notices.markConfirmed(owner.id(), owner.email());
        Enrolled enrolled = enrol(owner);
        job.sendLinks();
        int before = TestMail.to(owner.email()).size();
        HttpAgent partner = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        partner.get("/sign-in/mail");
        partner.post("/sign-in/mail", Map.of("email", owner.email()));
        job.sendLinks();
        List<MimeMessage> mails = TestMail.to(owner.email());
        assertThat(mails).hasSize(before + 1);
        Matcher link = SIGN_IN_LINK.matcher(TestMail.plainText(mails.get(mails.size() - 1)));
        assertThat(link.find()).isTrue();
        partner.get(link.group(1));
        HttpAgent.Page used = partner.post(link.group(1), Map.of());
        assertThat(used.location()).endsWith("/sign-in/code");
        assertThat(in(partner)).as("someone who reads the inbox still needs the code").isFalse();
        partner.get("/sign-in/code");
        assertThat(partner.post("/sign-in/code", Map.of("code", enrolled.codeNow(clock))).status()).isEqualTo(302);
        assertThat(in(partner)).isTrue();
    }

    private static String comparable(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]+\"|nonce=\"[^\"]+\"", "");
    }
}
