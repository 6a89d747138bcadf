package app.kintsugi.checkin;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import app.kintsugi.shared.ContentLanguages;

/**
 * A point on a subscale's range from which a score carries a label (in every language), for
 * instance the score where a validated instrument says a concern begins. A score is labelled by the
 * highest cut-off it reaches.
 */
public record Cutoff(double at, Map<String, String> label) {

    public Cutoff {
        label = ContentLanguages.copy(Objects.requireNonNull(label, "label"));
    }

    /** The label in the locale's language, English when there is no such language. */
    public String label(Locale locale) {
        return ContentLanguages.pick(label, locale);
    }
}
