package app.kintsugi.counselor.web;

/** The operator creating a counselor account. */
public class NewCounselorForm extends CounselorDetailsForm {

    private String language = "en";

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
