package app.kintsugi.account.web;

import lombok.Getter;
import lombok.Setter;

/** The second sign-in step's forms: the current password again, a code, a passkey's answer. None is ever sent back. */
public class TwoStepForm {

    @Getter @Setter private String currentPassword = "";
    @Getter @Setter private String code = "";
    @Setter private String credential = "";
    @Setter private String passkey = "";

    /** What the browser answered when making or using a passkey (WebAuthn's JSON). */
    public String getCredential() {
        return credential;
    }

    /** Which passkey a removal is about. */
    public String getPasskey() {
        return passkey;
    }

    void forget() {
        credential = "";
        currentPassword = "";
        code = "";
    }
}
