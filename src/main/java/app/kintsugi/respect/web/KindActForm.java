package app.kintsugi.respect.web;

import lombok.Getter;
import lombok.Setter;

/** A kind act being noted: what, and which day (blank means today). */
@Getter
@Setter
public class KindActForm {

    private String text = "";
    private String day = "";
}
