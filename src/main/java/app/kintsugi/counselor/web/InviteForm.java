package app.kintsugi.counselor.web;

import lombok.Getter;
import lombok.Setter;

/** Inviting a counselor: their code or email, and this person's own agreement. */
@Getter
@Setter
public class InviteForm {

    private String counselor = "";
    private boolean consent;
}
