package app.kintsugi.counselor.web;

import lombok.Getter;
import lombok.Setter;

/** What a counselor is known by, as typed: the address, the name clients know, the practice. */
@Getter
@Setter
public abstract class CounselorDetailsForm {

    private String email = "";
    private String displayName = "";
    private String practice = "";
}
