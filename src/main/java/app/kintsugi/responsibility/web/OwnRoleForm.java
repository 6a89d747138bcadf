package app.kintsugi.responsibility.web;

import app.kintsugi.responsibility.OwnRoleDraft;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class OwnRoleForm {

    private String actions = "";
    private String patterns = "";
    private String hurt = "";
    private long version;

    static OwnRoleForm of(OwnRoleDraft d, long version) {
        OwnRoleForm f = new OwnRoleForm();
        f.actions = d.actions() == null ? "" : d.actions();
        f.patterns = d.patterns() == null ? "" : d.patterns();
        f.hurt = d.hurt() == null ? "" : d.hurt();
        f.version = version;
        return f;
    }

    OwnRoleDraft toDraft() {
        return new OwnRoleDraft(actions, patterns, hurt);
    }
}
