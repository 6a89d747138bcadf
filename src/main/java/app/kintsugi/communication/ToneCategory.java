package app.kintsugi.communication;

import java.util.Locale;

/**
 * Ways of wording that make a message hard to hear, after Gottman's "four horsemen" (with
 * stonewalling left out: it is an absence, not words) plus absolute words. Categories are
 * independent: one text, even one phrase, can carry several ("you always" is criticism and an
 * absolute).
 */
public enum ToneCategory {

    /** An attack on who the partner is ("you're selfish", "what kind of person…"), or a "you always / you never" complaint. */
    CRITICISM,
    /** Insults, name-calling, mockery, sarcasm, eye-rolling, disgust. */
    CONTEMPT,
    /** Counter-blame, "it's not my fault", "yes, but", "what about you", the innocent victim. */
    DEFENSIVENESS,
    /** Always, never, nothing, everyone… as a sweeping verdict on the partner or on the situation. */
    ABSOLUTES;

    private final String json = name().toLowerCase(Locale.ROOT);

    /** The key used in JSON and in the evaluation sets: "criticism", "contempt", "defensiveness", "absolutes". */
    public String json() {
        return json;
    }

    /**
     * The category with this JSON key (or enum name), ignoring case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ToneCategory fromJson(String key) {
        for (ToneCategory category : values()) {
            if (category.json.equalsIgnoreCase(key == null ? "" : key.strip())) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown tone category '" + key + "'");
    }
}
