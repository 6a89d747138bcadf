package app.kintsugi.privacy;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.shared.NotFoundException;

/**
 * The one place that decides who may read an entry: viewer × owner × visibility × couple × consent.
 * A counselor reads an entry only while the seeking-help step says both partners' consent stands and
 * the author showed them this entry; it answers from the database on every call, so a revocation
 * counts from the very next request.
 */
@Service
public class AccessPolicy {

    private final Couples couples;
    private final AuditLog audit;
    private final ObjectProvider<CounselorAccessSource> counselors;

    AccessPolicy(Couples couples, AuditLog audit, ObjectProvider<CounselorAccessSource> counselors) {
        this.couples = couples;
        this.audit = audit;
        this.counselors = counselors;
    }

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

    /**
     * Access to an entry two people write in (a question and its answers, a dialogue, a boundary,
     * a planned conversation, an amends action and its acknowledgement…): {@code entry.owner()}
     * started it with {@code other} in the space {@code entry.coupleId()}. While both are members of
     * that space, the one who started it reads it as {@link Access#AUTHOR} and the other as
     * {@link Access#PARTNER}. Once the space has ended, each of the two keeps what they wrote there
     * and nothing else ({@link Access#FORMER}): the one who started it always, the other only when
     * {@code otherWroteInIt} says they wrote something in it; to anyone else it does not exist.
     * A counselor reads it as {@link #accessOf} says. Logs nothing.
     */
    public Optional<Access> accessBetween(PersonId viewer, EntryRef entry, PersonId other,
            java.util.function.BooleanSupplier otherWroteInIt) {
        if (viewer == null || entry == null) {
            return Optional.empty();
        }
        boolean owner = viewer.equals(entry.owner());
        if (owner || viewer.equals(other)) {
            if (entry.coupleId() != null && couples.areActivePartners(entry.coupleId(), entry.owner(), other)) {
                return Optional.of(owner ? Access.AUTHOR : Access.PARTNER);
            }
            return owner || otherWroteInIt.getAsBoolean() ? Optional.of(Access.FORMER) : Optional.empty();
        }
        CounselorAccessSource counselor = counselors.getIfAvailable();
        if (counselor != null && counselor.mayRead(viewer, entry)) {
            return Optional.of(Access.COUNSELOR);
        }
        return Optional.empty();
    }

    /** {@link #accessBetween}, or a {@link NotFoundException} that looks exactly like a missing entry, logged. */
    public Access requireBetween(PersonId viewer, EntryRef entry, PersonId other,
            java.util.function.BooleanSupplier otherWroteInIt) {
        return accessBetween(viewer, entry, other, otherWroteInIt).orElseThrow(() -> {
            audit.readDenied(viewer, entry.kind(), entry.id());
            return new NotFoundException();
        });
    }

    /**
     * Access to an entry two people hold together (a question, a boundary, a conversation, a thread,
     * a disclosure, an amends action) while both are still the members of its space: the policy's
     * answer, and after the space ended the entry does not exist for anyone on this path. The one
     * place the facades of such entries decide it.
     */
    public Access requireWhileBothIn(PersonId viewer, EntryRef entry, app.kintsugi.couple.CoupleId couple, PersonId one,
            PersonId other) {
        Access access = require(viewer, entry);
        if (!couples.areActivePartners(couple, one, other)) {
            throw new NotFoundException();
        }
        return access;
    }

    /**
     * True when the two are no longer the members of the space an entry was written in: it has
     * ended, and what is in it can be read by each of them (their own words) but not added to.
     */
    public boolean spaceEnded(EntryRef entry, PersonId other) {
        return entry.coupleId() == null || !couples.areActivePartners(entry.coupleId(), entry.owner(), other);
    }

    /**
     * Only the author may write, and only while the space the entry belongs to lasts; anyone else,
     * and anyone after the space ended, is told it does not exist.
     */
    public void requireAuthorInLiveSpace(PersonId viewer, EntryRef entry, PersonId other) {
        requireAuthor(viewer, entry);
        if (spaceEnded(entry, other)) {
            audit.writeDenied(viewer, entry.kind(), entry.id());
            throw new NotFoundException();
        }
    }

    /** Only the author may change an entry; anyone else is told it does not exist. */
    public void requireAuthor(PersonId viewer, EntryRef entry) {
        if (!entry.owner().equals(viewer)) {
            audit.writeDenied(viewer, entry.kind(), entry.id());
            throw new NotFoundException();
        }
    }
}
