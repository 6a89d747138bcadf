package app.kintsugi.moments.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.moments.MomentDraft;

/** The form for one logged hard moment. */
public class MomentForm {

    private String happenedAt = "";
    private String strength = "";
    private String what = "";
    private String tags = "";
    private List<String> chosenTags = new ArrayList<>();
    private String did = "";
    private String helped = "";
    private long version = -1;

    MomentDraft draft() {
        return new MomentDraft(happenedAt, strength, what, tags, chosenTags, did, helped);
    }

    public String getHappenedAt() { return happenedAt; }
    public void setHappenedAt(String happenedAt) { this.happenedAt = happenedAt; }
    public String getStrength() { return strength; }
    public void setStrength(String strength) { this.strength = strength; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public List<String> getChosenTags() { return chosenTags; }
    public void setChosenTags(List<String> chosenTags) { this.chosenTags = chosenTags == null ? new ArrayList<>() : chosenTags; }
    public String getDid() { return did; }
    public void setDid(String did) { this.did = did; }
    public String getHelped() { return helped; }
    public void setHelped(String helped) { this.helped = helped; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
