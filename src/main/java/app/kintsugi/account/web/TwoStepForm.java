package app.kintsugi.account.web;

/** The second sign-in step's forms: the current password again, and a code. Neither is ever sent back. */
public class TwoStepForm {

    private String currentPassword = "";
    private String code = "";

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

    void forget() {
        currentPassword = "";
        code = "";
    }
}
