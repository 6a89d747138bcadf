package app.kintsugi.privacy;

import java.util.UUID;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;

/**
 * An entry two people hold together: {@code entry.owner()} wrote or started it with {@code other} in the
 * space {@code entry.coupleId()} (a question and the partner asked, a disclosure and the partner told, a
 * boundary and the partner it was proposed to…). What {@link TwoPersonEntries} needs to decide who reads
 * it and who writes in it; never its content.
 */
public record TwoPersonEntry(EntryRef entry, PersonId other) {

    /** An entry shared with the other from the start, as every entry written to a partner is. */
    public static TwoPersonEntry between(String kind, UUID id, PersonId writer, PersonId other, CoupleId couple) {
        return new TwoPersonEntry(new EntryRef(kind, id, writer, Visibility.PARTNER, couple), other);
    }

    /** The one who wrote or started it. */
    public PersonId writer() {
        return entry.owner();
    }

    /** The space it was written in. */
    public CoupleId couple() {
        return entry.coupleId();
    }
}
