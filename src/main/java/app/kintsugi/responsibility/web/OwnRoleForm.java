package app.kintsugi.responsibility.web;

import app.kintsugi.responsibility.OwnRoleDraft;

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

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getPatterns() {
        return patterns;
    }

    public void setPatterns(String patterns) {
        this.patterns = patterns;
    }

    public String getHurt() {
        return hurt;
    }

    public void setHurt(String hurt) {
        this.hurt = hurt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
