package app.kintsugi.communication.web;

import lombok.Getter;
import lombok.Setter;

/** One text field (a rule, a message, a draft for the tone coach) with an optional topic and action. */
@Getter
@Setter
public class TextForm {

    private String topic = "";
    private String text = "";
    private String action = "send";
}
