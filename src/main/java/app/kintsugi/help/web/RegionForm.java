package app.kintsugi.help.web;

/** The region a person chooses for their help resources, as sent. */
public class RegionForm {

    private String region = "";

    public RegionForm() {
    }

    RegionForm(String region) {
        this.region = region;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null ? "" : region;
    }
}
