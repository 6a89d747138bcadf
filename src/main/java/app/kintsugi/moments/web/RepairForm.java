package app.kintsugi.moments.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.moments.RepairDraft;
import lombok.Getter;
import lombok.Setter;

/** One person's part of a repair. */
public class RepairForm {

    @Getter private List<String> feelings = new ArrayList<>();
    @Getter @Setter private String perception = "";
    @Getter @Setter private String triggers = "";
    @Getter @Setter private String owned = "";
    @Getter @Setter private String differently = "";
    @Getter @Setter private long version = -1;

    RepairDraft draft() {
        return new RepairDraft(feelings, perception, triggers, owned, differently);
    }

    public void setFeelings(List<String> feelings) { this.feelings = feelings == null ? new ArrayList<>() : feelings; }
}
