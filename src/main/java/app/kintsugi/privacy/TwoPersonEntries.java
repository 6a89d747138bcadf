package app.kintsugi.privacy;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Validation;

/**
 * Entries two people hold together (a question and its answers, a disclosure and its acknowledgement, an
 * amends action, a boundary, an appreciation, a dialogue…), decided here once for every module that has
 * them:
 * <ul>
 * <li>they are written and listed only in a person's <em>live space</em>, their current space with their
 * partner in it;</li>
 * <li>while both of its two people are members of its space an entry is live: its writer reads it as
 * {@link Access#AUTHOR}, the other as {@link Access#PARTNER}, and only they write in it;</li>
 * <li>once the space has ended, each of the two keeps what they wrote there and nothing else
 * ({@link Access#FORMER}), and nothing more is written in it (decision 0028);</li>
 * <li>what a person wrote in their space before the partner now in it joined stays theirs alone
 * (decision 0042): it is not shared, and cannot be.</li>
 * </ul>
 * A counselor reads them as {@link AccessPolicy} says. Every refusal looks like a missing entry.
 */
@Service
@RequiredArgsConstructor
public class TwoPersonEntries {

    private final Couples couples;
    private final AccessPolicy policy;
    private final AuditLog audit;

    // --- Where they live ------------------------------------------------------------------------

    /** The person's current space when their partner is in it too: the only space two-person entries are written and listed in. */
    public Optional<CoupleSpace> liveSpace(PersonId person) {
        return couples.completeSpace(person);
    }

    /**
     * The live space a new entry of {@code writer} goes into. Without one, {@code noPartnerMessage} joins
     * the problems on "entry"; the problems found so far are then thrown together, so a person sees every
     * one of them at once.
     */
    public CoupleSpace spaceToWriteIn(PersonId writer, Validation validation, String noPartnerMessage) {
        CoupleSpace space = liveSpace(writer).orElse(null);
        if (space == null) {
            validation.reject("entry", noPartnerMessage);
        }
        validation.throwIfInvalid();
        return space;
    }

    /** True while both of the entry's two people are, right now, the members of its space. */
    public boolean live(TwoPersonEntry entry) {
        return entry.couple() != null && entry.other() != null
                && couples.areActivePartners(entry.couple(), entry.writer(), entry.other());
    }

    /**
     * True once the two are no longer the members of the space the entry was written in: it has ended,
     * and what is in it can be read by each of them (their own words) but not added to.
     */
    public boolean spaceEnded(TwoPersonEntry entry) {
        return !live(entry);
    }

    /**
     * The entries of the person's live space that {@code query} reads from it, those whose two people are
     * both still its members; none without a live space.
     */
    public <R> List<R> inLiveSpace(PersonId person, Function<CoupleId, List<R>> query, Function<R, TwoPersonEntry> entry) {
        return liveSpace(person)
                .map(space -> query.apply(space.id()).stream().filter(row -> live(entry.apply(row))).toList())
                .orElse(List.of());
    }

    // --- Reading and writing one of them -------------------------------------------------------

    /**
     * The viewer's access to the entry: its two people while it is live; after its space ended its writer
     * always, and the other only when {@code otherWroteInIt} says they wrote something in it, both as
     * {@link Access#FORMER}; a counselor as the policy says. Logs nothing.
     */
    public Optional<Access> accessOf(PersonId viewer, TwoPersonEntry entry, BooleanSupplier otherWroteInIt) {
        if (viewer == null || entry == null) {
            return Optional.empty();
        }
        boolean writer = viewer.equals(entry.writer());
        if (writer || viewer.equals(entry.other())) {
            if (live(entry)) {
                return Optional.of(writer ? Access.AUTHOR : Access.PARTNER);
            }
            return writer || otherWroteInIt.getAsBoolean() ? Optional.of(Access.FORMER) : Optional.empty();
        }
        return policy.counselorAccess(viewer, entry.entry());
    }

    /** {@link #accessOf}, or a {@link NotFoundException} that looks exactly like a missing entry, logged. */
    public Access require(PersonId viewer, TwoPersonEntry entry, BooleanSupplier otherWroteInIt) {
        return accessOf(viewer, entry, otherWroteInIt).orElseThrow(() -> {
            audit.readDenied(viewer, entry.entry().kind(), entry.entry().id());
            return new NotFoundException();
        });
    }

    /**
     * The entry for reading or writing in it while it is live: the policy's answer (a refusal is logged),
     * and once its space has ended it does not exist for anyone on this path.
     */
    public Access requireWhileBothIn(PersonId viewer, TwoPersonEntry entry) {
        Access access = policy.require(viewer, entry.entry());
        if (!live(entry)) {
            throw new NotFoundException();
        }
        return access;
    }

    /**
     * The row {@code found}, when {@link #requireWhileBothIn(PersonId, TwoPersonEntry)} lets the viewer at
     * the entry it holds; not found otherwise, exactly as when there is no row.
     */
    public <R> R requireWhileBothIn(PersonId viewer, Optional<R> found, Function<R, TwoPersonEntry> entry) {
        R row = found.orElseThrow(NotFoundException::new);
        requireWhileBothIn(viewer, entry.apply(row));
        return row;
    }

    /**
     * As {@link #requireWhileBothIn(PersonId, Optional, Function)}, and then only its writer changes it: the
     * other, who may read it, is refused as if it did not exist, logged as a refused write.
     */
    public <R> R requireWriterWhileBothIn(PersonId viewer, Optional<R> found, Function<R, TwoPersonEntry> entry) {
        R row = requireWhileBothIn(viewer, found, entry);
        policy.requireAuthor(viewer, entry.apply(row).entry());
        return row;
    }

    /**
     * Only its writer, and only while the entry is live; anyone else, and its writer after the space
     * ended, is told it does not exist, logged as a refused write.
     */
    public void requireWriterInLiveSpace(PersonId viewer, TwoPersonEntry entry) {
        policy.requireAuthor(viewer, entry.entry());
        if (spaceEnded(entry)) {
            audit.writeDenied(viewer, entry.entry().kind(), entry.entry().id());
            throw new NotFoundException();
        }
    }

    // --- What one person wrote before the partner joined ----------------------------------------

    /**
     * True when {@code writer} wrote something at {@code writtenAt} (epoch milliseconds) before the partner
     * now in their space joined it, or has no partner now: written alone, so theirs alone.
     */
    public boolean writtenAlone(PersonId writer, long writtenAt) {
        return couples.partnerJoinedAt(writer).map(joined -> writtenAt < joined.toEpochMilli()).orElse(true);
    }

    /**
     * Whether {@code writer} may show the partner what they wrote at {@code writtenAt} in {@code couple}:
     * it is their live space, and they wrote it after the partner joined. What was written in a space that
     * has ended, or alone, stays theirs.
     */
    public boolean mayShare(PersonId writer, CoupleId couple, long writtenAt) {
        return liveSpace(writer).map(space -> space.id().equals(couple)).orElse(false) && !writtenAlone(writer, writtenAt);
    }

    /**
     * Only the writer shares their own entry with the partner or takes it back (anyone else is refused,
     * logged), and only as long as {@link #mayShare} says so; otherwise it does not exist.
     */
    public void requireShareableBy(PersonId writer, EntryRef entry, long writtenAt) {
        policy.requireAuthor(writer, entry);
        if (!mayShare(writer, entry.coupleId(), writtenAt)) {
            throw new NotFoundException();
        }
    }
}
