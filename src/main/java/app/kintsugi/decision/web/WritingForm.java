package app.kintsugi.decision.web;

/** The aid's private writing as typed. */
public class WritingForm {

    private String staying = "";
    private String parting = "";
    private String toKnow = "";
    private String changed = "";
    private long version = -1;

    public String getStaying() {
        return staying;
    }

    public void setStaying(String staying) {
        this.staying = staying;
    }

    public String getParting() {
        return parting;
    }

    public void setParting(String parting) {
        this.parting = parting;
    }

    public String getToKnow() {
        return toKnow;
    }

    public void setToKnow(String toKnow) {
        this.toKnow = toKnow;
    }

    public String getChanged() {
        return changed;
    }

    public void setChanged(String changed) {
        this.changed = changed;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
