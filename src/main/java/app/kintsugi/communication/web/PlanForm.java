package app.kintsugi.communication.web;

import app.kintsugi.communication.PlanDraft;

public class PlanForm {

    private String topic = "";
    private String date = "";
    private String time = "";
    private String minutes = "30";
    private String place = "";
    private long version;

    PlanDraft draft() {
        return new PlanDraft(topic, date, time, minutes, place);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
