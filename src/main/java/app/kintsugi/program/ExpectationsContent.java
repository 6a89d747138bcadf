package app.kintsugi.program;

import java.util.List;

/** The realistic-expectations page's text in one language. */
public record ExpectationsContent(String title, String lead, List<Section> sections) {

    public record Section(String heading, String text) {
    }
}
