package app.kintsugi.privacy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.kintsugi.account.PersonId;

/**
 * A kind of entry its author can choose to show a counselor. Each module that owns such entries
 * provides one; every read goes through {@link AccessPolicy}.
 */
public interface ShareableEntries {

    /** The entry kind, as in {@link EntryRef#kind()}. */
    String kind();

    /** The author's own entries of this kind, newest first. */
    List<ShareableEntry> ownedBy(PersonId author);

    /** The entry as this viewer may read it, or empty when it does not exist or they may not read it. */
    Optional<ShareableEntry> read(PersonId viewer, UUID id);
}
