package app.kintsugi.account.web;

/** Changing a password, or setting a new one through a mailed link (without the current one). */
public class PasswordForm {

    private String currentPassword = "";
    private String newPassword = "";
    private String repeatPassword = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    /** Passwords are never sent back to the browser, not even on a page that shows an error. */
    void forgetPasswords() {
        currentPassword = "";
        newPassword = "";
        repeatPassword = "";
    }
}
