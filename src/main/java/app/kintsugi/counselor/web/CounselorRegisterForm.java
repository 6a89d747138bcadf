package app.kintsugi.counselor.web;

import lombok.Getter;
import lombok.Setter;

/** A counselor's registration as typed; the password is never rendered back. */
@Getter
@Setter
public class CounselorRegisterForm extends CounselorDetailsForm {

    private String password = "";
    private String timeZone = "";
}
