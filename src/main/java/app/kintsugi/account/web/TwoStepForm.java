package app.kintsugi.account.web;

/** The second sign-in step's forms: the current password again, a code, a passkey's answer. None is ever sent back. */
public class TwoStepForm {

    private String currentPassword = "";
    private String code = "";
    private String credential = "";
    private String passkey = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** What the browser answered when making or using a passkey (WebAuthn's JSON). */
    public String getCredential() {
        return credential;
    }

    public void setCredential(String credential) {
        this.credential = credential;
    }

    /** Which passkey a removal is about. */
    public String getPasskey() {
        return passkey;
    }

    public void setPasskey(String passkey) {
        this.passkey = passkey;
    }

    void forget() {
        credential = "";
        currentPassword = "";
        code = "";
    }
}
