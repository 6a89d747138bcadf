package app.kintsugi.account.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Passkeys;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonPrincipal;
import app.kintsugi.account.SecondFactors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The second sign-in step through the API, with the same rules as the page in Settings: every change
 * asks for the current password again, a key being set up is shown once and confirmed with a first
 * code, and recovery codes are shown once. Making a passkey needs the browser's own ceremony, so it is
 * left to the page; listing and removing them is here.
 */
@RestController
@RequestMapping("/api/v1/security")
@Tag(name = "Security")
@RequiredArgsConstructor
class TwoStepApi {

    private final SecondFactors factors;
    private final Passkeys passkeys;
    private final Accounts accounts;
    private final MessageSource messages;

    /**
     * Codes from an authenticator app: {@code on} since {@code since}; {@code settingUp} while a key shown for setting up
     * waits for its first code (the key itself is shown only when setting up starts); {@code recoveryCodesLeft} with any
     * second step (0 without).
     */
    record AuthenticatorApp(boolean on, Instant since, boolean settingUp, int passkeys, int recoveryCodesLeft) {
    }

    /** My current password, typed again. */
    record PasswordAgain(String currentPassword) {
    }

    /** The six digits the app shows now. */
    record FirstCode(String code) {
    }

    /**
     * A key to add to an authenticator app, shown this once: {@code secret} (base32) or {@code groupedSecret} (the same, in
     * groups of four, for typing), or {@code uri} (otpauth://) for a QR code. It waits 30 minutes for its first code.
     */
    record AppKey(String secret, String groupedSecret, String uri) {
    }

    /** Recovery codes, shown this once: each lets me in once if I lose my phone. Empty when none were made. */
    record RecoveryCodeList(List<String> codes) {
    }

    /** One of my passkeys: {@code id} names it for removing; where it was added, when, and when it last signed me in. */
    record PasskeyEntry(String id, String browser, String system, Instant added, Instant lastUsed) {

        static PasskeyEntry of(Passkeys.Passkey p) {
            return new PasskeyEntry(p.id(), SecurityApi.browserOf(p.device()), SecurityApi.systemOf(p.device()), p.added(), p.lastUsed());
        }
    }

    /** Which passkey to remove (its {@code id} from the list), and my current password typed again. */
    record PasskeyRemoval(String passkey, String currentPassword) {
    }

    @GetMapping("/app")
    @Operation(summary = "Whether I sign in with codes from an authenticator app")
    AuthenticatorApp app(@AuthenticationPrincipal PersonPrincipal me) {
        SecondFactors.Status s = factors.status(me.id());
        boolean settingUp = !s.app() && factors.pending(me.id(), "").isPresent();
        return new AuthenticatorApp(s.app(), s.since(), settingUp, s.passkeys(), s.recoveryCodesLeft());
    }

    @PostMapping("/app/setup")
    @Operation(summary = "Start setting up codes from an authenticator app; my current password typed again",
            description = "Answers the key to add to the app, this once (never cached). A key set up before and not confirmed "
                    + "is replaced. Nothing changes at sign-in until the key is confirmed with a first code.")
    ResponseEntity<AppKey> setUp(@AuthenticationPrincipal PersonPrincipal me, @RequestBody PasswordAgain body,
            HttpServletRequest request, Locale locale) {
        SecondFactors.Enrolment e = factors.start(me.id(), body.currentPassword(), issuer(me, locale), request);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new AppKey(e.secret(), e.groupedSecret(), e.uri()));
    }

    @PostMapping("/app/confirm")
    @Operation(summary = "Turn on codes from the app with the first code it shows",
            description = "When this is my first second step, every browser is signed out and forgotten (each signed in with "
                    + "the password alone; tokens stay), and ten recovery codes are answered, this once (never cached).")
    ResponseEntity<RecoveryCodeList> confirm(@AuthenticationPrincipal PersonPrincipal me, @RequestBody FirstCode body) {
        List<String> codes = factors.confirmWithoutBrowser(me.id(), body.code());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new RecoveryCodeList(codes));
    }

    @PostMapping("/app/turn-off")
    @Operation(summary = "Turn off codes from the app; my current password typed again",
            description = "My passkeys stay. With none, the password alone is enough again and the recovery codes stop working.")
    AuthenticatorApp turnOff(@AuthenticationPrincipal PersonPrincipal me, @RequestBody PasswordAgain body, HttpServletRequest request) {
        factors.remove(me.id(), body.currentPassword(), request);
        return app(me);
    }

    @PostMapping("/recovery-codes")
    @Operation(summary = "New recovery codes; my current password typed again",
            description = "The ones I have stop working. The ten new ones are answered this once (never cached).")
    ResponseEntity<RecoveryCodeList> renewRecoveryCodes(@AuthenticationPrincipal PersonPrincipal me, @RequestBody PasswordAgain body,
            HttpServletRequest request) {
        List<String> codes = factors.renewRecoveryCodes(me.id(), body.currentPassword(), request);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new RecoveryCodeList(codes));
    }

    @GetMapping("/passkeys")
    @Operation(summary = "My passkeys",
            description = "A passkey is made by the device itself in a browser's ceremony (WebAuthn), bound to this instance's "
                    + "address, so it is added on the page Settings › A second step at sign-in, not through the API.")
    List<PasskeyEntry> passkeys(@AuthenticationPrincipal PersonPrincipal me) {
        return passkeys.of(me.id()).stream().map(PasskeyEntry::of).toList();
    }

    @PostMapping("/passkeys/remove")
    @Operation(summary = "Remove one of my passkeys; my current password typed again",
            description = "Any id not of my own passkeys is not found. Removing the last second step makes the recovery codes stop working.")
    List<PasskeyEntry> removePasskey(@AuthenticationPrincipal PersonPrincipal me, @RequestBody PasskeyRemoval body,
            HttpServletRequest request) {
        passkeys.remove(me.id(), body.passkey(), body.currentPassword(), request);
        return passkeys(me);
    }

    /** The name the app shows for the key: a neutral one when the person keeps the app discreet. */
    private String issuer(PersonPrincipal me, Locale locale) {
        boolean discreet = accounts.find(me.id()).map(Person::discreetMode).orElse(false);
        return messages.getMessage(discreet ? "discreet.name" : "app.name", null, locale);
    }
}
