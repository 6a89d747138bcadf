package app.kintsugi.transparency.web;

import lombok.Getter;
import lombok.Setter;

/** A question being written, and whether to look at it first ("check") or ask it. */
@Getter
@Setter
public class QuestionForm {

    private String text = "";
    private String action = "ask";
}
