package app.kintsugi.boundaries.web;

import app.kintsugi.boundaries.BoundaryDraft;
import lombok.Getter;
import lombok.Setter;

/** The boundary form: what, why it matters, category, review date, and the agreement version it was read at. */
@Getter
@Setter
public class BoundaryForm {

    private String what = "";
    private String why = "";
    private String category = "";
    private String reviewOn = "";
    private long version = -1;

    BoundaryDraft draft() {
        return new BoundaryDraft(what, why, category, reviewOn);
    }
}
