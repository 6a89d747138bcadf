package app.kintsugi.privacy;

import java.util.UUID;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;

/**
 * What the access policy needs to know about an entry: never its content.
 *
 * @param kind       the kind of entry, e.g. "reflection"
 * @param id         the entry's id
 * @param owner      its author
 * @param visibility who it is shared with
 * @param coupleId   the couple space it was shared in, or null if never shared
 */
public record EntryRef(String kind, UUID id, PersonId owner, Visibility visibility, CoupleId coupleId) {
}
