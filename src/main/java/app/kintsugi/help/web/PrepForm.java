package app.kintsugi.help.web;

import java.util.ArrayList;
import java.util.List;

import app.kintsugi.help.PrepSelection;

/** The session-prep form exactly as sent, so what was ticked and typed comes back with a message. */
public class PrepForm {

    private List<String> include = new ArrayList<>();
    private List<String> reflections = new ArrayList<>();
    private List<String> ownRoles = new ArrayList<>();
    private String talkAbout = "";

    PrepSelection toSelection() {
        return new PrepSelection(include, reflections, ownRoles, talkAbout);
    }

    public List<String> getInclude() {
        return include;
    }

    public void setInclude(List<String> include) {
        this.include = include == null ? new ArrayList<>() : include;
    }

    public List<String> getReflections() {
        return reflections;
    }

    public void setReflections(List<String> reflections) {
        this.reflections = reflections == null ? new ArrayList<>() : reflections;
    }

    public List<String> getOwnRoles() {
        return ownRoles;
    }

    public void setOwnRoles(List<String> ownRoles) {
        this.ownRoles = ownRoles == null ? new ArrayList<>() : ownRoles;
    }

    public String getTalkAbout() {
        return talkAbout;
    }

    public void setTalkAbout(String talkAbout) {
        this.talkAbout = talkAbout;
    }
}
