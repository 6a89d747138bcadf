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
        List<Item> items, List<Subscale> subscales, boolean builtIn, Provenance provenance) {

    /**
     * Where a questionnaire comes from and what it is for. {@code about} is one sentence on what it
     * measures, in every language (empty when the file gives none); {@code source} the publication
     * its items, norms and cut-offs come from and {@code licence} what allows its use (both null for
     * the project's own); {@code validated} whether it is a published, validated instrument;
     * {@code languages} the languages its items are given in (a validated instrument ships only in
     * the languages of a validated translation); {@code crisisItems} the items whose answer above
     * their scale's lowest point calls for the safety resources at once.
     */
    public record Provenance(Map<String, String> about, String source, String licence, boolean validated, List<String> languages,
            List<String> crisisItems) {

        public static final Provenance NONE = new Provenance(Map.of(), null, null, false, ContentLanguages.ALL, List.of());

        public Provenance {
            about = ContentLanguages.copy(about);
            languages = List.copyOf(languages);
            crisisItems = List.copyOf(crisisItems);
        }
    }

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        title = ContentLanguages.copy(Objects.requireNonNull(title, "title"));
        intro = ContentLanguages.copy(Objects.requireNonNull(intro, "intro"));
        items = List.copyOf(items);
        subscales = List.copyOf(subscales);
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    public Questionnaire(String id, int version, Map<String, String> title, Map<String, String> intro, List<Item> items,
            List<Subscale> subscales, boolean builtIn) {
        this(id, version, title, intro, items, subscales, builtIn, Provenance.NONE);
    }

    /** What it measures, in one sentence in the locale's language; null when the file says nothing. */
    public String about(Locale locale) {
        return ContentLanguages.pick(provenance.about(), locale);
    }

    /** Whether its items are given in the locale's language (otherwise they are shown in English). */
    public boolean speaks(Locale locale) {
        return locale != null && provenance.languages().contains(locale.getLanguage());
    }

    /** Whether these answers call for the safety resources at once: a crisis item answered above its lowest point. */
    public boolean crisis(Map<String, Integer> answers) {
        for (String id : provenance.crisisItems()) {
            Integer answer = answers.get(id);
            Optional<Item> item = item(id);
            if (answer != null && item.isPresent() && answer > item.get().scale().min()) {
                return true;
            }
        }
        return false;
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
