package app.kintsugi.responsibility.web;

import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class AnswerForm {

    private String answer = "";
    private String note = "";
    private String noteVisibility = "PRIVATE";
}
