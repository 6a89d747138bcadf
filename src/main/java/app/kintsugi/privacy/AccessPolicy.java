package app.kintsugi.privacy;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.shared.NotFoundException;

/**
 * The one place that decides who may read an entry: viewer × owner × visibility × couple × consent.
 * A counselor reads an entry only while the seeking-help step says both partners' consent stands and
 * the author showed them this entry; it answers from the database on every call, so a revocation
 * counts from the very next request. Entries two people hold together are decided by
 * {@link TwoPersonEntries}, on top of this policy.
 */
@Service
@RequiredArgsConstructor
public class AccessPolicy {

    private final Couples couples;
    private final AuditLog audit;
    private final ObjectProvider<CounselorAccessSource> counselors;

    /** The viewer's access to the entry, or empty when they may not read it. Logs nothing. */
    public Optional<Access> accessOf(PersonId viewer, EntryRef entry) {
        if (viewer == null || entry == null) {
            return Optional.empty();
        }
        if (entry.owner().equals(viewer)) {
            return Optional.of(Access.AUTHOR);
        }
        if (entry.visibility() == Visibility.PARTNER && entry.coupleId() != null
                && couples.areActivePartners(entry.coupleId(), viewer, entry.owner())) {
            return Optional.of(Access.PARTNER);
        }
        return counselorAccess(viewer, entry);
    }

    /** {@link Access#COUNSELOR} when the viewer is a counselor the author showed this entry to, with both partners' consent. */
    Optional<Access> counselorAccess(PersonId viewer, EntryRef entry) {
        CounselorAccessSource counselor = counselors.getIfAvailable();
        if (counselor != null && counselor.mayRead(viewer, entry)) {
            return Optional.of(Access.COUNSELOR);
        }
        return Optional.empty();
    }

    /**
     * The viewer's access, or a {@link NotFoundException} that looks exactly like a missing entry.
     * A refusal is audit-logged with ids only.
     */
    public Access require(PersonId viewer, EntryRef entry) {
        return accessOf(viewer, entry).orElseThrow(() -> {
            audit.readDenied(viewer, entry.kind(), entry.id());
            return new NotFoundException();
        });
    }

    /** Only the author may change an entry; anyone else is told it does not exist. */
    public void requireAuthor(PersonId viewer, EntryRef entry) {
        if (!entry.owner().equals(viewer)) {
            audit.writeDenied(viewer, entry.kind(), entry.id());
            throw new NotFoundException();
        }
    }
}
