package app.kintsugi.resources;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import app.kintsugi.shared.ContentLanguages;

/**
 * One place to turn to, as the operator's resources file describes it. Texts are kept per language
 * ({@code en}, {@code es}); a name or hours given once in the file hold for every language.
 *
 * @param kind        what kind of help it offers
 * @param name        its name, per language
 * @param description a sentence on what it offers and for whom, per language
 * @param phone       the number to call as it should be shown, or null
 * @param url         its web address (http or https), or null
 * @param hours       when it answers, per language; empty when the file does not say
 */
public record HelpResource(ResourceKind kind, Map<String, String> name, Map<String, String> description, String phone,
        String url, Map<String, String> hours) {

    public HelpResource {
        Objects.requireNonNull(kind, "kind");
        name = ContentLanguages.copy(name);
        description = ContentLanguages.copy(description);
        hours = ContentLanguages.copy(hours);
    }

    public String name(Locale locale) {
        return ContentLanguages.pick(name, locale);
    }

    public String description(Locale locale) {
        return ContentLanguages.pick(description, locale);
    }

    /** When it answers, or null when the file does not say. */
    public String hours(Locale locale) {
        return ContentLanguages.pick(hours, locale);
    }

    /** The web address as people read it: its host, without "www.". */
    public String site() {
        if (url == null) {
            return null;
        }
        String host = java.net.URI.create(url).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** A {@code tel:} link for the phone number: its digits, with a leading + kept. */
    public String telHref() {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9+]", "");
        return "tel:" + (digits.startsWith("+") ? "+" + digits.substring(1).replace("+", "") : digits.replace("+", ""));
    }
}
