package app.kintsugi.respect.web;

/** An appreciation being written. */
public class AppreciationForm {

    private String text = "";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
