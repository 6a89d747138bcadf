package app.kintsugi.program.web;

import lombok.Getter;
import lombok.Setter;

/** The milestone/setback form as typed. */
@Getter
@Setter
public class TimelineForm {

    private String kind = "MILESTONE";
    private String on = "";
    private String title = "";
    private String note = "";
    private String visibility = "PRIVATE";
}
