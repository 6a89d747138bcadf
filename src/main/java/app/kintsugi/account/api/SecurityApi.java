package app.kintsugi.account.api;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.Device;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.SecondFactors;
import app.kintsugi.account.Sessions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/security")
@Tag(name = "Security", description = "Where my account is signed in, and my second step. Browsers can be signed out from here; "
        + "codes from an authenticator app are turned on and off, recovery codes renewed and passkeys removed with the password "
        + "typed again. A passkey is made on the page in Settings: it needs the browser's own ceremony.")
@RequiredArgsConstructor
class SecurityApi {

    private final Sessions sessions;
    private final SecondFactors secondFactors;

    /** A browser signed in now. {@code handle} names it for signing it out; it cannot sign anyone in. */
    record SignedInBrowser(String handle, Instant since, Instant lastActive, String browser, String system) {

        static SignedInBrowser of(Sessions.SignedIn s) {
            return new SignedInBrowser(s.handle(), s.since(), s.lastActive(), SecurityApi.browserOf(s.device()), SecurityApi.systemOf(s.device()));
        }
    }

    /** A remembered browser: it may sign in without waiting after someone else's wrong guesses. */
    record RememberedBrowser(String handle, Instant firstSignIn, Instant lastSignIn, String browser, String system) {

        static RememberedBrowser of(Sessions.Remembered r) {
            return new RememberedBrowser(r.handle(), r.firstSignIn(), r.lastSignIn(), SecurityApi.browserOf(r.device()), SecurityApi.systemOf(r.device()));
        }
    }

    /**
     * My second step: {@code app} an authenticator app (on since {@code appSince}), {@code passkeys} how many, and how many
     * recovery codes are left (0 without a second step).
     */
    record SecondStep(boolean active, boolean app, Instant appSince, int passkeys, int recoveryCodesLeft) {
    }

    record AccountSecurity(List<SignedInBrowser> sessions, List<RememberedBrowser> rememberedBrowsers, SecondStep secondStep) {
    }

    /** The handle of a signed-in or remembered browser, from the list. */
    record BrowserHandle(String handle) {
    }

    @GetMapping
    @Operation(summary = "Where I am signed in, my remembered browsers, and my second step")
    AccountSecurity overview(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        Sessions.Overview o = sessions.of(me.id(), request);
        SecondFactors.Status s = secondFactors.status(me.id());
        return new AccountSecurity(o.sessions().stream().map(SignedInBrowser::of).toList(),
                o.devices().stream().map(RememberedBrowser::of).toList(),
                new SecondStep(s.active(), s.app(), s.since(), s.passkeys(), s.recoveryCodesLeft()));
    }

    @PostMapping("/sessions/sign-out")
    @Operation(summary = "Sign one browser out", description = "Any handle not of my own signed-in browsers is not found.")
    AccountSecurity signOut(@AuthenticationPrincipal PersonPrincipal me, @RequestBody BrowserHandle body, HttpServletRequest request) {
        sessions.end(me.id(), body.handle());
        return overview(me, request);
    }

    @PostMapping("/sessions/sign-out-all")
    @Operation(summary = "Sign every browser out and forget every remembered one; tokens stay (revoke them under tokens)")
    AccountSecurity signOutAll(@AuthenticationPrincipal PersonPrincipal me, HttpServletRequest request) {
        sessions.endOthers(me.id(), request);
        return overview(me, request);
    }

    @PostMapping("/remembered-browsers/forget")
    @Operation(summary = "Forget one remembered browser", description = "Any handle not of my own remembered browsers is not found.")
    AccountSecurity forget(@AuthenticationPrincipal PersonPrincipal me, @RequestBody BrowserHandle body, HttpServletRequest request) {
        sessions.forget(me.id(), body.handle());
        return overview(me, request);
    }

    static String browserOf(Device d) {
        return d == null ? Device.UNKNOWN.browser().name() : d.browser().name();
    }

    static String systemOf(Device d) {
        return d == null ? Device.UNKNOWN.system().name() : d.system().name();
    }
}
