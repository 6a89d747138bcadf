package app.kintsugi.communication.web;

/** One text field (a rule, a message, a draft for the tone coach) with an optional topic and action. */
public class TextForm {

    private String topic = "";
    private String text = "";
    private String action = "send";

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

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
