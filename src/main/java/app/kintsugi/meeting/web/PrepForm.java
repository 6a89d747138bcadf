package app.kintsugi.meeting.web;

import lombok.Getter;
import lombok.Setter;

/** One's preparation as typed. */
@Getter
@Setter
public class PrepForm {

    private String wentWell = "";
    private String talkAbout = "";
    private String need = "";
    private long version = -1;
}
