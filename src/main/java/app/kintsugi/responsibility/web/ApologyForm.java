package app.kintsugi.responsibility.web;

import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
public class ApologyForm {

    private String text = "";
    private long version;
    private String action = "save";
}
