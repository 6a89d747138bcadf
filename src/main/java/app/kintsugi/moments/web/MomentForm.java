package app.kintsugi.moments.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.moments.MomentDraft;
import lombok.Getter;
import lombok.Setter;

/** The form for one logged hard moment. */
public class MomentForm {

    @Getter @Setter private String happenedAt = "";
    @Getter @Setter private String strength = "";
    @Getter @Setter private String what = "";
    @Getter @Setter private String tags = "";
    @Getter private List<String> chosenTags = new ArrayList<>();
    @Getter @Setter private String did = "";
    @Getter @Setter private String helped = "";
    @Getter @Setter private long version = -1;

    MomentDraft draft() {
        return new MomentDraft(happenedAt, strength, what, tags, chosenTags, did, helped);
    }

    public void setChosenTags(List<String> chosenTags) { this.chosenTags = chosenTags == null ? new ArrayList<>() : chosenTags; }
}
