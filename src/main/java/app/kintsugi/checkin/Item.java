package app.kintsugi.checkin;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import app.kintsugi.shared.ContentLanguages;

/**
 * One question of a questionnaire: its text by language, the scale it is answered on (its own or
 * the questionnaire's default) and whether it is reverse-keyed, that is scored as
 * {@code min + max - answer} so that a high score means the same thing on every item of a subscale.
 */
public record Item(String id, Map<String, String> text, boolean reverse, Scale scale) {

    public Item {
        Objects.requireNonNull(id, "id");
        text = ContentLanguages.copy(Objects.requireNonNull(text, "text"));
        Objects.requireNonNull(scale, "scale");
    }

    /** The text in the locale's language, English when there is no such language. */
    public String text(Locale locale) {
        return ContentLanguages.pick(text, locale);
    }

    /** What an answer counts for in a score: the answer itself, or reversed on the scale. */
    public int scored(int answer) {
        return reverse ? scale.min() + scale.max() - answer : answer;
    }
}
