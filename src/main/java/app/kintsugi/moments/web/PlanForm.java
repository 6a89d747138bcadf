package app.kintsugi.moments.web;

import lombok.Getter;
import lombok.Setter;

/** The form for a person's plan for hard moments. */
@Getter
@Setter
public class PlanForm {

    private String helps = "";
    private String avoid = "";
    private String people = "";
    private long version = -1;
}
