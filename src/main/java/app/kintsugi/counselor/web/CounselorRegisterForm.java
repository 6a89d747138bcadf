package app.kintsugi.counselor.web;

/** A counselor's registration as typed; the password is never rendered back. */
public class CounselorRegisterForm extends CounselorDetailsForm {

    private String password = "";
    private String timeZone = "";

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
