package app.kintsugi.trust.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.trust.CommitmentDraft;

public class CommitmentForm {

    private String text = "";
    private String kind = "DAILY";
    private List<String> weekDays = new ArrayList<>();
    private String start = "";
    private String end = "";
    private String visibility = "PRIVATE";
    private long version;

    CommitmentDraft draft() {
        return new CommitmentDraft(text, kind, weekDays, start, end, visibility);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public List<String> getWeekDays() { return weekDays; }
    public void setWeekDays(List<String> weekDays) { this.weekDays = weekDays == null ? new ArrayList<>() : weekDays; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
