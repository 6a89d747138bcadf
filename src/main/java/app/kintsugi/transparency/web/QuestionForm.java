package app.kintsugi.transparency.web;

/** A question being written, and whether to look at it first ("check") or ask it. */
public class QuestionForm {

    private String text = "";
    private String action = "ask";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
