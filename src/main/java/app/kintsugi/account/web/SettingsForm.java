package app.kintsugi.account.web;

import app.kintsugi.account.Person;
import app.kintsugi.account.Theme;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
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
}
