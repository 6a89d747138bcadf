package app.kintsugi.moments.web;

import app.kintsugi.moments.HardDateDraft;
import lombok.Getter;
import lombok.Setter;

/** The form for a hard date. */
@Getter
@Setter
public class DateForm {

    private String day = "";
    private boolean yearly = true;
    private String label = "";
    private String ask = "";

    HardDateDraft draft() {
        return new HardDateDraft(day, yearly, label, ask);
    }
}
