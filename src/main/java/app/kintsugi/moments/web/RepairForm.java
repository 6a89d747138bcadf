package app.kintsugi.moments.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.moments.RepairDraft;

/** One person's part of a repair. */
public class RepairForm {

    private List<String> feelings = new ArrayList<>();
    private String perception = "";
    private String triggers = "";
    private String owned = "";
    private String differently = "";
    private long version = -1;

    RepairDraft draft() {
        return new RepairDraft(feelings, perception, triggers, owned, differently);
    }

    public List<String> getFeelings() { return feelings; }
    public void setFeelings(List<String> feelings) { this.feelings = feelings == null ? new ArrayList<>() : feelings; }
    public String getPerception() { return perception; }
    public void setPerception(String perception) { this.perception = perception; }
    public String getTriggers() { return triggers; }
    public void setTriggers(String triggers) { this.triggers = triggers; }
    public String getOwned() { return owned; }
    public void setOwned(String owned) { this.owned = owned; }
    public String getDifferently() { return differently; }
    public void setDifferently(String differently) { this.differently = differently; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
