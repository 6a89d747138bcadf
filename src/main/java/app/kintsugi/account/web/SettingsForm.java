package app.kintsugi.account.web;

import app.kintsugi.account.Person;
import app.kintsugi.account.Theme;

public class SettingsForm {

    private String displayName = "";
    private String language = "";
    private Theme theme = Theme.SYSTEM;
    private boolean discreetMode;
    private String timeZone = "UTC";
    private long version;

    static SettingsForm of(Person p) {
        SettingsForm f = new SettingsForm();
        f.displayName = p.displayName();
        f.language = p.language() == null ? "" : p.language();
        f.theme = p.theme();
        f.discreetMode = p.discreetMode();
        f.timeZone = p.timeZone().getId();
        f.version = p.version();
        return f;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public boolean isDiscreetMode() {
        return discreetMode;
    }

    public void setDiscreetMode(boolean discreetMode) {
        this.discreetMode = discreetMode;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
