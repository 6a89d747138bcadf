package app.kintsugi.counselor.web;

/** Inviting a counselor: their code or email, and this person's own agreement. */
public class InviteForm {

    private String counselor = "";
    private boolean consent;

    public String getCounselor() {
        return counselor;
    }

    public void setCounselor(String counselor) {
        this.counselor = counselor;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
