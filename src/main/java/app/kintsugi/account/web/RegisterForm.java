package app.kintsugi.account.web;

import lombok.Getter;
import lombok.Setter;

/** The registration form as typed; the password is never rendered back. */
@Getter
@Setter
public class RegisterForm {

    private String email = "";
    private String displayName = "";
    private String password = "";
    private String timeZone = "";
}
