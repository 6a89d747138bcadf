package app.kintsugi.resources;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import app.kintsugi.shared.ContentLanguages;

/**
 * A region of the operator's resources file: a country such as {@code ES}, a part of one such as
 * {@code GB-SCT}, or {@code INTL}, the resources for anywhere no other region fits.
 *
 * @param code      its code, as in the file
 * @param name      its name, per language
 * @param resources its resources, in the order of the file
 */
public record HelpRegion(String code, Map<String, String> name, List<HelpResource> resources) {

    public HelpRegion {
        Objects.requireNonNull(code, "code");
        name = ContentLanguages.copy(name);
        resources = List.copyOf(resources);
    }

    public String name(Locale locale) {
        return ContentLanguages.pick(name, locale);
    }

    public boolean anywhere() {
        return HelpResources.ANYWHERE.equals(code);
    }

    /** Its resources of these kinds, kind by kind in the order given, each kind in the order of the file. */
    public List<HelpResource> of(Collection<ResourceKind> kinds) {
        return kinds.stream().flatMap(k -> resources.stream().filter(r -> r.kind() == k)).toList();
    }

    /** Its resources of one kind, in the order of the file. */
    public List<HelpResource> of(ResourceKind kind) {
        return of(List.of(kind));
    }

    /** For the moments that cannot wait: emergency, crisis lines, abuse at home. */
    public List<HelpResource> urgent() {
        return of(ResourceKind.URGENT);
    }

    /** Finding a counselor or a therapist. */
    public List<HelpResource> ongoing() {
        return of(ResourceKind.ONGOING);
    }

    public List<HelpResource> emergency() {
        return of(ResourceKind.EMERGENCY);
    }

    /** Someone to talk to when afraid or struggling: abuse helplines first, then crisis lines. */
    public List<HelpResource> support() {
        return of(List.of(ResourceKind.DOMESTIC_ABUSE, ResourceKind.CRISIS_LINE));
    }

    /** Help just for the person: a therapist, a doctor. */
    public List<HelpResource> individual() {
        return of(ResourceKind.INDIVIDUAL_THERAPY);
    }

    /** For a couple who part: support through a separation, co-parenting, family mediation. */
    public List<HelpResource> separation() {
        return of(ResourceKind.SEPARATION);
    }
}
