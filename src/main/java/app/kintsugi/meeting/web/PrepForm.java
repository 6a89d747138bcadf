package app.kintsugi.meeting.web;

/** One's preparation as typed. */
public class PrepForm {

    private String wentWell = "";
    private String talkAbout = "";
    private String need = "";
    private long version = -1;

    public String getWentWell() {
        return wentWell;
    }

    public void setWentWell(String wentWell) {
        this.wentWell = wentWell;
    }

    public String getTalkAbout() {
        return talkAbout;
    }

    public void setTalkAbout(String talkAbout) {
        this.talkAbout = talkAbout;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
