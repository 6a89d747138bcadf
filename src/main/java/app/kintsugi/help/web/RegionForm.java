package app.kintsugi.help.web;

import lombok.Getter;

/** The region a person chooses for their help resources, as sent. */
public class RegionForm {

    @Getter private String region = "";

    public RegionForm() {
    }

    RegionForm(String region) {
        this.region = region;
    }

    public void setRegion(String region) {
        this.region = region == null ? "" : region;
    }
}
