package app.kintsugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.kintsugi.account.TestAccounts;
import app.kintsugi.account.TestAccounts.TestPerson;

/**
 * Passkeys on a phone, light and dark, with Chromium's virtual authenticator standing in for the
 * phone's own (it says yes to the fingerprint): adding one from the settings (password, then the
 * device), then on a new phone signing in with it alone from the sign-in page, and after the
 * password as the second step. The passkey moves between phones as a synced one would.
 */
class PasskeyBrowserTest extends BrowserTest {

    /** A platform authenticator on this tab that checks its owner and says yes at once. */
    private static Device device(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject args = new JsonObject();
        args.add("options", options);
        String id = cdp.send("WebAuthn.addVirtualAuthenticator", args).get("authenticatorId").getAsString();
        return new Device(cdp, id);
    }

    private record Device(CDPSession cdp, String id) {

        JsonArray credentials() {
            JsonObject args = new JsonObject();
            args.addProperty("authenticatorId", id);
            return cdp.send("WebAuthn.getCredentials", args).getAsJsonArray("credentials");
        }

        /** The passkeys of another device, as a passkey synced to this phone. */
        void syncFrom(Device other) {
            for (var credential : other.credentials()) {
                JsonObject args = new JsonObject();
                args.addProperty("authenticatorId", id);
                args.add("credential", credential.getAsJsonObject());
                cdp.send("WebAuthn.addCredential", args);
            }
        }
    }

    @Test
    void addingAPasskeyAndSigningInWithItOnAPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Variant v : PHONES) {
            TestPerson ana = people.create("Ana");
            Page own = newPage(newContext(v.options()));
            Device phone = device(own);
            signIn(own, ana.email());
            open(own, "/settings/security");
            assertThat(own.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passkeys"))).isVisible();
            shoot(own, "passkeys-start", v, problems);

            own.getByLabel("To add a passkey, your current password").fill("not my password");
            own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
            assertThat(own.locator("#passkeyPassword-error")).containsText("That is not your current password.");
            own.getByLabel("To add a passkey, your current password").fill(TestAccounts.PASSWORD);
            own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
            assertThat(own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the passkey"))).isVisible();
            shoot(own, "passkeys-ready", v, problems);

            own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the passkey")).click();
            assertThat(own.getByRole(AriaRole.STATUS).first()).containsText("Your passkey is added, and the second step is on.");
            assertThat(own.locator("#recovery-codes li")).hasCount(10);
            assertThat(own.locator(".passkey-list li")).hasCount(1);
            Assertions.assertThat(phone.credentials()).hasSize(1);
            Assertions.assertThat(phone.credentials().get(0).getAsJsonObject().get("rpId").getAsString()).isEqualTo("localhost");
            shoot(own, "passkeys-added", v, problems);

            // A new phone holding the synced passkey signs in with it alone.
            Page second = newPage(newContext(v.options()));
            device(second).syncFrom(phone);
            open(second, "/sign-in");
            assertThat(second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey"))).isVisible();
            shoot(second, "sign-in-with-passkey", v, problems);
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();
            assertThat(second).hasURL(Pattern.compile("/$"));
            checkedElsewhere(second);

            // Another phone: the password leads to the second step, where the passkey finishes it.
            Page third = newPage(newContext(v.options()));
            Device thirdPhone = device(third);
            open(third, "/sign-in");
            submitSignIn(third, ana.email(), Pattern.compile("/sign-in/code$"));
            assertThat(third.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use your passkey"))).isVisible();
            assertThat(third.getByLabel("A recovery code")).isVisible();
            shoot(third, "passkey-second-step", v, problems);
            thirdPhone.syncFrom(phone);
            third.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use your passkey")).click();
            assertThat(third).hasURL(Pattern.compile("/$"));
            checkedElsewhere(third);

            open(own, "/settings/security");
            assertThat(own.locator(".passkey-list li").first()).containsText("Last used to sign in on");
        }
        Assertions.assertThat(problems).isEmpty();
    }
}
