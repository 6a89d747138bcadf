package app.kintsugi.checkin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import app.kintsugi.shared.ContentLanguages;

/**
 * A questionnaire as read from its definition file: texts in every language, its items in the order
 * they are asked, and the subscales scored from them. {@code builtIn} tells the project's own
 * questionnaires from those an operator added. {@code version} changes whenever items or scoring
 * change, so scores can be kept with the version they were computed by.
 */
public record Questionnaire(String id, int version, Map<String, String> title, Map<String, String> intro,
        List<Item> items, List<Subscale> subscales, boolean builtIn) {

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        title = ContentLanguages.copy(Objects.requireNonNull(title, "title"));
        intro = ContentLanguages.copy(Objects.requireNonNull(intro, "intro"));
        items = List.copyOf(items);
        subscales = List.copyOf(subscales);
    }

    /** The title in the locale's language, English when there is no such language. */
    public String title(Locale locale) {
        return ContentLanguages.pick(title, locale);
    }

    /** The introduction in the locale's language, English when there is no such language. */
    public String intro(Locale locale) {
        return ContentLanguages.pick(intro, locale);
    }

    /** The item with this id, if there is one. */
    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The subscale with this name, if there is one. */
    public Optional<Subscale> subscale(String name) {
        return subscales.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
