package app.kintsugi.account.web;

import lombok.Getter;
import lombok.Setter;

/** Changing a password, or setting a new one through a mailed link (without the current one). */
@Getter
@Setter
public class PasswordForm {

    private String currentPassword = "";
    private String newPassword = "";
    private String repeatPassword = "";

    /** Passwords are never sent back to the browser, not even on a page that shows an error. */
    void forgetPasswords() {
        currentPassword = "";
        newPassword = "";
        repeatPassword = "";
    }
}
