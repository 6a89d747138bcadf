package app.kintsugi.moments.web;

import lombok.Getter;
import lombok.Setter;

/** The form for a line of reassurance a person would like to receive. */
@Getter
@Setter
public class LineForm {

    private String text = "";
}
