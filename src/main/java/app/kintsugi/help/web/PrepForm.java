package app.kintsugi.help.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.help.PrepSelection;
import lombok.Getter;
import lombok.Setter;

/** The session-prep form exactly as sent, so what was ticked and typed comes back with a message. */
public class PrepForm {

    @Getter private List<String> include = new ArrayList<>();
    @Getter private List<String> reflections = new ArrayList<>();
    @Getter private List<String> ownRoles = new ArrayList<>();
    @Getter @Setter private String talkAbout = "";

    PrepSelection toSelection() {
        return new PrepSelection(include, reflections, ownRoles, talkAbout);
    }

    public void setInclude(List<String> include) {
        this.include = include == null ? new ArrayList<>() : include;
    }

    public void setReflections(List<String> reflections) {
        this.reflections = reflections == null ? new ArrayList<>() : reflections;
    }

    public void setOwnRoles(List<String> ownRoles) {
        this.ownRoles = ownRoles == null ? new ArrayList<>() : ownRoles;
    }
}
