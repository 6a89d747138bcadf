package app.kintsugi.counselor.web;

/** What a counselor is known by, as typed: the address, the name clients know, the practice. */
public abstract class CounselorDetailsForm {

    private String email = "";
    private String displayName = "";
    private String practice = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }
}
