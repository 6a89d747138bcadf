package app.kintsugi.account;

import static app.kintsugi.HttpAgent.CHROME_WINDOWS;
import static app.kintsugi.HttpAgent.FIREFOX_LINUX;
import static app.kintsugi.HttpAgent.SAFARI_IPHONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.kintsugi.HttpAgent;
import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;

/**
 * Passkeys through real HTTP, with a passkey in software answering exactly as a browser hands its
 * answer to the page: adding one (password first), the second step it makes, signing in with it
 * alone, and the ways an attacker would try to get past it: the password alone, an answer used twice,
 * an answer for another site, another person's passkey, a device that does not check its owner, and
 * a hundred wrong passwords.
 */
class PasskeyHttpTest extends IntegrationTest {

    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    SecondFactors factors;

    private String origin() {
        return "http://localhost:" + port;
    }

    private static String text(HttpAgent.Page page) {
        return HtmlUtils.htmlUnescape(page.body());
    }

    /** Adds a passkey the way the page does: the password, then the options, then the device's answer. */
    private HttpAgent.Page add(HttpAgent browser, SoftPasskey passkey) {
        browser.get("/settings/security");
        HttpAgent.Page ready = browser.post("/settings/security/passkeys/start", Map.of("currentPassword", TestAccounts.PASSWORD));
        assertThat(ready.body()).contains("data-passkey=\"create\"");
        HttpAgent.Page options = browser.post("/settings/security/passkeys/options", Map.of());
        assertThat(options.status()).isEqualTo(200);
        return browser.post("/settings/security/passkeys", Map.of("credential", passkey.create(options.body())));
    }

    private static List<String> recoveryCodes(HttpAgent.Page page) {
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(page.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** Signs in with a passkey in a browser: on the second-step page, or alone from the sign-in page. */
    private HttpAgent.Page usePasskey(HttpAgent browser, SoftPasskey passkey) {
        HttpAgent.Page options = browser.post("/sign-in/passkey/options", Map.of());
        assertThat(options.status()).isEqualTo(200);
        return browser.post("/sign-in/passkey", Map.of("credential", passkey.get(options.body())));
    }

    @Test
    void addingAPasskeyAsksForThePasswordAndTheFirstOneSignsOutEveryOtherBrowser() throws Exception {
        TestPerson owner = people.create("Ana");
        HttpAgent own = signedIn(owner, FIREFOX_LINUX);
        HttpAgent partner = signedIn(owner, CHROME_WINDOWS);

        assertThat(text(own.get("/settings/security"))).contains("Passkeys").contains("Add a passkey")
                .contains("lets them in too");
        // Without the password typed again, there is nothing to make a passkey with.
        assertThat(own.post("/settings/security/passkeys/options", Map.of()).status()).isEqualTo(404);
        HttpAgent.Page wrong = own.post("/settings/security/passkeys/start", Map.of("currentPassword", "not the password"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(text(wrong)).contains("id=\"passkeyPassword-error\"").doesNotContain("data-passkey=\"create\"")
                .doesNotContain("not the password");
        assertThat(own.post("/settings/security/passkeys/options", Map.of()).status()).isEqualTo(404);

        own.get("/settings/security");
        String before = own.sessionCookie();
        assertThat(own.post("/settings/security/passkeys/start", Map.of("currentPassword", TestAccounts.PASSWORD)).body())
                .contains("data-passkey=\"create\"").contains("Make the passkey");
        assertThat(own.sessionCookie()).as("a new session id after authenticating again").isNotNull().isNotEqualTo(before);
        HttpAgent.Page options = own.post("/settings/security/passkeys/options", Map.of());
        assertThat(options.header("Content-Type")).startsWith("application/json");
        JsonNode json = JSON.readTree(options.body());
        assertThat(json.get("rp").get("id").asString()).isEqualTo("localhost");
        assertThat(json.get("rp").get("name").asString()).as("no application name in a passkey manager").isEqualTo("localhost");
        assertThat(json.get("user").get("name").asString()).isEqualTo(owner.email());
        assertThat(json.get("user").get("id").asString()).as("a random handle, never the person's id")
                .doesNotContain(owner.id().value().toString());

        SoftPasskey passkey = new SoftPasskey(origin());
        own.get("/settings/security");
        HttpAgent.Page added = own.post("/settings/security/passkeys", Map.of("credential", passkey.create(options.body())));
        assertThat(added.status()).isEqualTo(200);
        assertThat(text(added)).contains("Your passkey is added, and the second step is on").contains("Your recovery codes");
        assertThat(recoveryCodes(added)).hasSize(10);
        assertThat(in(partner)).as("a browser that signed in with the password alone is out").isFalse();
        assertThat(in(own)).isTrue();
        assertThat(factors.active(owner.id())).isTrue();
        assertThat(text(own.get("/settings/security"))).contains("Passkey added with Firefox on Linux")
                .contains("Not used to sign in yet").contains("10 recovery codes left");
        assertThat(text(own.get("/"))).contains("How you sign in changed since your last visit");
        // Only the public key is kept: nothing in the row can answer for the passkey.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passkey WHERE person_id = ? AND credential_id = ?")
                .params(owner.id().value().toString(), passkey.id()).query(Long.class).single()).isOne();

        // A second passkey adds no new codes and signs nobody out.
        HttpAgent other = new HttpAgent(port).userAgent(SAFARI_IPHONE);
        other.signIn(owner.email(), TestAccounts.PASSWORD);
        other.get("/sign-in/code");
        usePasskey(other, passkey);
        assertThat(in(other)).isTrue();
        HttpAgent.Page second = add(own, new SoftPasskey(origin()));
        assertThat(text(second)).contains("Your passkey is added.").doesNotContain("Your recovery codes");
        assertThat(in(other)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passkey WHERE person_id = ?").param(owner.id().value().toString())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void withThePasswordAloneThePartnerStaysOutAndTheOwnersPasskeyGetsIn() {
        TestPerson owner = people.create("Ana");
        SoftPasskey passkey = new SoftPasskey(origin());
        add(signedIn(owner, FIREFOX_LINUX), passkey);

        HttpAgent partner = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        assertThat(partner.signIn(owner.email(), TestAccounts.PASSWORD).location()).endsWith("/sign-in/code");
        HttpAgent.Page asked = partner.get("/sign-in/code");
        assertThat(text(asked)).contains("Use your passkey").contains("we also ask for your passkey")
                .contains("A recovery code").doesNotContain("Code from your app");
        assertThat(in(partner)).isFalse();
        // The partner's own passkey (from their own account) does not answer for the owner.
        TestPerson partnerAccount = people.create("Ben");
        SoftPasskey partnersKey = new SoftPasskey(origin());
        add(signedIn(partnerAccount, CHROME_WINDOWS), partnersKey);
        HttpAgent.Page refused = usePasskey(partner, partnersKey);
        assertThat(refused.location()).endsWith("/sign-in/code?passkeyFailed");
        assertThat(in(partner)).isFalse();
        assertThat(text(partner.get("/sign-in/code?passkeyFailed"))).contains("That passkey did not sign you in");

        HttpAgent owners = new HttpAgent(port).userAgent(SAFARI_IPHONE);
        owners.signIn(owner.email(), TestAccounts.PASSWORD);
        owners.get("/sign-in/code");
        HttpAgent.Page options = owners.post("/sign-in/passkey/options", Map.of());
        JsonNode json = JSON.readTree(options.body());
        assertThat(json.get("allowCredentials")).hasSize(1);
        assertThat(json.get("allowCredentials").get(0).get("id").asString()).isEqualTo(passkey.id());
        HttpAgent.Page signed = owners.post("/sign-in/passkey", Map.of("credential", passkey.get(options.body())));
        assertThat(signed.location()).doesNotContain("sign-in");
        assertThat(in(owners)).isTrue();
        assertThat(text(owners.get("/settings/security"))).contains("Last used to sign in on");
    }

    @Test
    void aPasskeyAloneSignsInOnlyWhenItsDeviceCheckedItsOwner() {
        TestPerson owner = people.create("Ana");
        SoftPasskey passkey = new SoftPasskey(origin());
        add(signedIn(owner, FIREFOX_LINUX), passkey);

        HttpAgent fresh = new HttpAgent(port).userAgent(SAFARI_IPHONE);
        assertThat(fresh.get("/sign-in").body()).contains("Sign in with a passkey");
        HttpAgent.Page options = fresh.post("/sign-in/passkey/options", Map.of());
        JsonNode json = JSON.readTree(options.body());
        assertThat(json.get("allowCredentials")).isEmpty();
        assertThat(json.get("userVerification").asString()).isEqualTo("required");
        HttpAgent.Page signed = fresh.post("/sign-in/passkey", Map.of("credential", passkey.get(options.body())));
        assertThat(signed.location()).doesNotContain("sign-in");
        assertThat(in(fresh)).isTrue();

        // A security key without a PIN is a second step, never the whole way in.
        TestPerson other = people.create("Cleo");
        SoftPasskey noPin = new SoftPasskey(origin()).withoutUserVerification();
        add(signedIn(other, FIREFOX_LINUX), noPin);
        HttpAgent somebody = new HttpAgent(port).userAgent(SAFARI_IPHONE);
        somebody.get("/sign-in");
        assertThat(usePasskey(somebody, noPin).location()).endsWith("/sign-in?passkeyFailed");
        assertThat(in(somebody)).isFalse();
        HttpAgent withPassword = new HttpAgent(port).userAgent(SAFARI_IPHONE);
        assertThat(withPassword.signIn(other.email(), TestAccounts.PASSWORD).location()).endsWith("/sign-in/code");
        withPassword.get("/sign-in/code");
        usePasskey(withPassword, noPin);
        assertThat(in(withPassword)).as("after the password, it is enough").isTrue();
    }

    @Test
    void anAnswerWorksOnceOnlyForThisSiteAndNothingElseSignsIn() {
        TestPerson owner = people.create("Ana");
        SoftPasskey passkey = new SoftPasskey(origin());
        add(signedIn(owner, FIREFOX_LINUX), passkey);

        // An answer relayed from another site (phishing) is refused.
        HttpAgent phished = new HttpAgent(port);
        phished.get("/sign-in");
        String relayed = passkey.getFor(phished.post("/sign-in/passkey/options", Map.of()).body(), "https://kintsugi.example.net");
        assertThat(phished.post("/sign-in/passkey", Map.of("credential", relayed)).location()).endsWith("?passkeyFailed");
        assertThat(in(phished)).isFalse();

        // An answer seen once cannot be used again, with or without new options.
        HttpAgent first = new HttpAgent(port);
        first.get("/sign-in");
        String answer = passkey.get(first.post("/sign-in/passkey/options", Map.of()).body());
        HttpAgent replay = new HttpAgent(port);
        replay.get("/sign-in");
        replay.post("/sign-in/passkey/options", Map.of());
        assertThat(replay.post("/sign-in/passkey", Map.of("credential", answer)).location()).endsWith("?passkeyFailed");
        assertThat(first.post("/sign-in/passkey", Map.of("credential", answer)).location()).doesNotContain("sign-in");
        assertThat(in(first)).isTrue();
        HttpAgent again = new HttpAgent(port);
        again.get("/sign-in");
        assertThat(again.post("/sign-in/passkey", Map.of("credential", answer)).location()).endsWith("?passkeyFailed");

        // Malformed, empty, huge and unknown answers are refused the same calm way.
        for (String junk : List.of("", "{", "<script>alert(1)</script>", "{\"id\":\"x\",\"rawId\":\"x\",\"type\":\"public-key\"}",
                "x".repeat(100_000), new SoftPasskey(origin()).get("{\"rpId\":\"localhost\",\"challenge\":\"AAAA\"}"))) {
            HttpAgent visitor = new HttpAgent(port);
            visitor.get("/sign-in");
            visitor.post("/sign-in/passkey/options", Map.of());
            HttpAgent.Page page = visitor.post("/sign-in/passkey", Map.of("credential", junk));
            assertThat(page.status()).as(junk.length() > 40 ? junk.substring(0, 40) : junk).isEqualTo(302);
            assertThat(page.location()).endsWith("/sign-in?passkeyFailed");
            assertThat(in(visitor)).isFalse();
        }
        // Without options asked first, even a well-made answer does nothing.
        HttpAgent noOptions = new HttpAgent(port);
        noOptions.get("/sign-in");
        assertThat(noOptions.post("/sign-in/passkey", Map.of("credential", answer)).location()).endsWith("?passkeyFailed");
    }

    @Test
    void guessingPasswordsNeverKeepsThePasskeyOwnerOut() {
        TestPerson owner = people.create("Ana");
        SoftPasskey passkey = new SoftPasskey(origin());
        add(signedIn(owner, FIREFOX_LINUX), passkey);
        HttpAgent partner = new HttpAgent(port).userAgent(CHROME_WINDOWS);
        for (int i = 0; i < 100; i++) {
            partner.signIn(owner.email(), "guess number " + i);
        }
        assertThat(partner.signIn(owner.email(), TestAccounts.PASSWORD).body()).as("the password's door is slowed").contains("wait");

        HttpAgent owners = new HttpAgent(port).userAgent(SAFARI_IPHONE);
        owners.get("/sign-in");
        HttpAgent.Page in = usePasskey(owners, passkey);
        assertThat(in.location()).isEqualTo("/sign-in/attempts");
        assertThat(text(owners.get("/sign-in/attempts"))).contains("did not succeed");
        assertThat(in(owners)).isTrue();
    }

    @Test
    void removingAPasskeyAsksForThePasswordAndTheLastOneTakesTheSecondStepAndCodesWithIt() {
        TestPerson owner = people.create("Ana");
        HttpAgent own = signedIn(owner, FIREFOX_LINUX);
        SoftPasskey passkey = new SoftPasskey(origin());
        add(own, passkey);
        own.get("/settings/security");

        HttpAgent.Page wrong = own.post("/settings/security/passkeys/remove",
                Map.of("passkey", passkey.id(), "currentPassword", "not it"));
        assertThat(text(wrong)).contains("id=\"passkey-0-error\"").contains("open");
        assertThat(factors.active(owner.id())).isTrue();

        // Someone else's passkey, or one that does not exist, is not there to remove.
        TestPerson stranger = people.create("Ben");
        HttpAgent strangers = signedIn(stranger, CHROME_WINDOWS);
        strangers.get("/settings/security");
        assertThat(strangers.post("/settings/security/passkeys/remove",
                Map.of("passkey", passkey.id(), "currentPassword", TestAccounts.PASSWORD)).status()).isEqualTo(404);
        assertThat(strangers.get("/settings/security").body()).doesNotContain(passkey.id());
        assertThat(factors.active(owner.id())).isTrue();

        own.get("/settings/security");
        HttpAgent.Page removed = own.post("/settings/security/passkeys/remove",
                Map.of("passkey", passkey.id(), "currentPassword", TestAccounts.PASSWORD));
        assertThat(removed.location()).endsWith("/settings/security?passkeyRemoved");
        assertThat(text(own.get("/settings/security?passkeyRemoved"))).contains("The passkey is removed");
        assertThat(factors.active(owner.id())).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE person_id = ?").param(owner.id().value().toString())
                .query(Long.class).single()).isZero();
        assertThat(new HttpAgent(port).signIn(owner.email(), TestAccounts.PASSWORD).location()).doesNotContain("/sign-in/code");
        HttpAgent fresh = new HttpAgent(port);
        fresh.get("/sign-in");
        assertThat(usePasskey(fresh, passkey).location()).endsWith("?passkeyFailed");
    }

    @Test
    void aPasskeySomeoneElseAddedInTheLastTwoWeeksGoesWithAResetByMail() {
        TestPerson owner = people.create("Ana");
        SoftPasskey partnersDevice = new SoftPasskey(origin());
        add(signedIn(owner, CHROME_WINDOWS), partnersDevice);
        clock.advance(Duration.ofDays(3));
        events.publishEvent(new PasswordResetByMail(owner.id()));
        assertThat(factors.active(owner.id())).isFalse();
        clock.reset();
        HttpAgent fresh = new HttpAgent(port);
        fresh.get("/sign-in");
        assertThat(usePasskey(fresh, partnersDevice).location()).endsWith("?passkeyFailed");

        TestPerson careful = people.create("Cleo");
        SoftPasskey own = new SoftPasskey(origin());
        add(signedIn(careful, FIREFOX_LINUX), own);
        clock.advance(Duration.ofDays(21));
        events.publishEvent(new PasswordResetByMail(careful.id()));
        assertThat(factors.active(careful.id())).as("an old passkey stays").isTrue();
        clock.reset();
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
}
