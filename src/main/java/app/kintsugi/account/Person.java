package app.kintsugi.account;

/**
 * What other parts of Kintsugi may know about a person. No password hash, nothing they wrote.
 *
 * @param language an IETF language tag, or null for "as the browser says"
 * @param timeZone the zone dates and times are shown in
 */
public record Person(PersonId id, String email, String displayName, String language, Theme theme,
        boolean discreetMode, java.time.ZoneId timeZone, long version) {
}
