package app.kintsugi.respect.web;

import lombok.Getter;
import lombok.Setter;

/** An appreciation being written. */
@Getter
@Setter
public class AppreciationForm {

    private String text = "";
}
