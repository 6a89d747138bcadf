package app.kintsugi.boundaries.web;

import app.kintsugi.boundaries.BoundaryDraft;

/** The boundary form: what, why it matters, category, review date, and the agreement version it was read at. */
public class BoundaryForm {

    private String what = "";
    private String why = "";
    private String category = "";
    private String reviewOn = "";
    private long version = -1;

    BoundaryDraft draft() {
        return new BoundaryDraft(what, why, category, reviewOn);
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(String reviewOn) {
        this.reviewOn = reviewOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
