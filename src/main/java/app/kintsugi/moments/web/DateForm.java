package app.kintsugi.moments.web;

import app.kintsugi.moments.HardDateDraft;

/** The form for a hard date. */
public class DateForm {

    private String day = "";
    private boolean yearly = true;
    private String label = "";
    private String ask = "";

    HardDateDraft draft() {
        return new HardDateDraft(day, yearly, label, ask);
    }

    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public boolean isYearly() { return yearly; }
    public void setYearly(boolean yearly) { this.yearly = yearly; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getAsk() { return ask; }
    public void setAsk(String ask) { this.ask = ask; }
}
