package app.kintsugi.moments.web;

/** The form for a person's plan for hard moments. */
public class PlanForm {

    private String helps = "";
    private String avoid = "";
    private String people = "";
    private long version = -1;

    public String getHelps() { return helps; }
    public void setHelps(String helps) { this.helps = helps; }
    public String getAvoid() { return avoid; }
    public void setAvoid(String avoid) { this.avoid = avoid; }
    public String getPeople() { return people; }
    public void setPeople(String people) { this.people = people; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
