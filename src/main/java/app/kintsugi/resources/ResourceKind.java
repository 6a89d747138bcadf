package app.kintsugi.resources;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of help a resource offers. The order is the order of urgency: pages list the kinds that
 * answer at once, at any hour, before the ones that take an appointment.
 */
public enum ResourceKind {
    /** The emergency number: danger right now. */
    EMERGENCY,
    /** A crisis or emotional-support line: someone to talk to tonight. */
    CRISIS_LINE,
    /** Help with abuse or violence at home, including being afraid of a partner. */
    DOMESTIC_ABUSE,
    /** Where to find a counselor, for one person or for a couple. */
    COUNSELING_DIRECTORY,
    /** Help just for oneself: a therapist, a doctor, a health service. */
    INDIVIDUAL_THERAPY,
    /** Support for someone going through a separation: counseling, groups, advice on what comes next. */
    SEPARATION_SUPPORT,
    /** Help with raising children from two homes: parenting plans, courses, advice. */
    CO_PARENTING,
    /** A neutral mediator who helps a separating couple agree arrangements without going to court. */
    FAMILY_MEDIATION;

    /** The kinds for the moments that cannot wait. */
    public static final List<ResourceKind> URGENT = List.of(EMERGENCY, CRISIS_LINE, DOMESTIC_ABUSE);
    /** The kinds that take a little longer: finding a counselor or a therapist. */
    public static final List<ResourceKind> ONGOING = List.of(COUNSELING_DIRECTORY, INDIVIDUAL_THERAPY);
    /** The kinds for a couple who part: support through it, co-parenting, family mediation. */
    public static final List<ResourceKind> SEPARATION = List.of(SEPARATION_SUPPORT, CO_PARENTING, FAMILY_MEDIATION);

    /** How the kind is written in a resources file: {@code crisis-line}, {@code domestic-abuse}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<ResourceKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }

    /** Every kind as written in a file, for messages to whoever edits it. */
    static String keys() {
        return String.join(", ", Arrays.stream(values()).map(ResourceKind::key).toList());
    }
}
