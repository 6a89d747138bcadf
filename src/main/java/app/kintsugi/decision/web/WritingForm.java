package app.kintsugi.decision.web;

import lombok.Getter;
import lombok.Setter;

/** The aid's private writing as typed. */
@Getter
@Setter
public class WritingForm {

    private String staying = "";
    private String parting = "";
    private String toKnow = "";
    private String changed = "";
    private long version = -1;
}
