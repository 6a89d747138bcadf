package app.kintsugi.moments.web;

/** The form for a line of reassurance a person would like to receive. */
public class LineForm {

    private String text = "";

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
