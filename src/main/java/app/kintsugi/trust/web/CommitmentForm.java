package app.kintsugi.trust.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.trust.CommitmentDraft;
import lombok.Getter;
import lombok.Setter;

public class CommitmentForm {

    @Getter @Setter private String text = "";
    @Getter @Setter private String kind = "DAILY";
    @Getter private List<String> weekDays = new ArrayList<>();
    @Getter @Setter private String start = "";
    @Getter @Setter private String end = "";
    @Getter @Setter private String visibility = "PRIVATE";
    @Getter @Setter private long version;

    CommitmentDraft draft() {
        return new CommitmentDraft(text, kind, weekDays, start, end, visibility);
    }

    public void setWeekDays(List<String> weekDays) { this.weekDays = weekDays == null ? new ArrayList<>() : weekDays; }
}
