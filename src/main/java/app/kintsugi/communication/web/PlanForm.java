package app.kintsugi.communication.web;

import app.kintsugi.communication.PlanDraft;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
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
}
