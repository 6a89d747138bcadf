package app.kintsugi.respect.web;

/** A kind act being noted: what, and which day (blank means today). */
public class KindActForm {

    private String text = "";
    private String day = "";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }
}
