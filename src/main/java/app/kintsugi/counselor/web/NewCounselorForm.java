package app.kintsugi.counselor.web;

import lombok.Getter;
import lombok.Setter;

/** The operator creating a counselor account. */
@Getter
@Setter
public class NewCounselorForm extends CounselorDetailsForm {

    private String language = "en";
}
