package app.kintsugi.movingon;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.movingon.internal.MovingOnRules;
import app.kintsugi.movingon.internal.MovingOnWriting;
import app.kintsugi.movingon.internal.WhyRepository;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;

/**
 * Understanding why it happened: a private reflection in three areas, and a separate summary its
 * author may share with the partner (here) or show a counselor the couple invited (through the
 * counselor room). The three areas are never anyone else's to read; only the summary can be shared.
 */
@Service
public class WhyReflections extends MovingOnWriting {

    /** The reflection itself: its author's alone. */
    static final String KIND = "why-entry";
    /** Its summary, the only part anyone else may ever read. */
    public static final String SUMMARY_KIND = "why-summary";
    static final String RELATIONSHIP_KIND = "why-relationship";
    static final String IN_ME_KIND = "why-in-me";
    static final String OUTSIDE_KIND = "why-outside";

    private static final Logger log = LoggerFactory.getLogger(WhyReflections.class);

    private final WhyRepository repository;

    WhyReflections(WhyRepository repository, ContentCipher cipher, AccessPolicy policy, AuditLog audit, Couples couples, Progress progress,
            Clock clock) {
        super(cipher, policy, audit, couples, progress, clock);
        this.repository = repository;
    }

    /** Checks a draft without saving it; throws {@link InvalidInputException} naming every problem. */
    public void check(WhyDraft draft) {
        MovingOnRules.check(MovingOnRules.clean(draft));
    }

    @Transactional
    public UUID create(PersonId author, WhyDraft draft) {
        WhyDraft d = MovingOnRules.clean(draft);
        MovingOnRules.check(d);
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        repository.insert(new WhyRepository.Row(id, author, cipher.sealOrNull(author, RELATIONSHIP_KIND, id, d.relationship()),
                cipher.sealOrNull(author, IN_ME_KIND, id, d.inMe()),
                cipher.sealOrNull(author, OUTSIDE_KIND, id, d.outside()), null, Visibility.PRIVATE, null, null,
                null, now, now, 0));
        progress.noteDone(author, MovingOnExercises.WHY);
        log.info("event=why_created entry={} author={}", id, author);
        return id;
    }

    @Transactional
    public void update(PersonId author, UUID id, long expectedVersion, WhyDraft draft) {
        WhyRepository.Row row = own(author, id);
        WhyDraft d = MovingOnRules.clean(draft);
        MovingOnRules.check(d);
        if (row.version() != expectedVersion || !repository.updateContent(id, expectedVersion, cipher.sealOrNull(author, RELATIONSHIP_KIND, id,
                d.relationship()), cipher.sealOrNull(author, IN_ME_KIND, id, d.inMe()),
                        cipher.sealOrNull(author, OUTSIDE_KIND, id, d.outside()), clock.millis())) {
            throw new StaleEditException();
        }
        progress.noteActivity(author, MovingOnExercises.WHY);
        log.info("event=why_updated entry={}", id);
    }

    /**
     * Writes, changes or empties the summary. An emptied summary is no longer shared (recorded like
     * any change of who can read it); a changed shared one stays shared and is news to the partner.
     */
    @Transactional
    public void writeSummary(PersonId author, UUID id, long expectedVersion, String summary) {
        WhyRepository.Row row = own(author, id);
        String text = Texts.clean(summary);
        MovingOnRules.checkSummary(text);
        Visibility visibility = text == null ? Visibility.PRIVATE : row.visibility();
        CoupleId couple = text == null ? null : row.couple();
        if (row.version() != expectedVersion
                || !repository.updateSummary(id, expectedVersion,
                        cipher.sealOrNull(author, SUMMARY_KIND, id, text), visibility, couple, clock.millis())) {
            throw new StaleEditException();
        }
        if (visibility != row.visibility()) {
            audit.visibilityChanged(author, SUMMARY_KIND, id, row.visibility(), visibility);
        }
        log.info("event=why_summary_written entry={}", id);
    }

    /** Shares the summary with the partner in the author's current space. Needs a summary and a partner. */
    @Transactional
    public void share(PersonId author, UUID id) {
        WhyRepository.Row row = own(author, id);
        if (row.summary() == null) {
            throw InvalidInputException.of("summary", "movingon.why.share.noSummary");
        }
        CoupleId couple = couples.spaceWithPartner(author).orElseThrow(() -> InvalidInputException.of("summary", "movingon.share.noPartner"));
        if (row.visibility() == Visibility.PARTNER && couple.equals(row.couple())) {
            return;
        }
        repository.share(id, couple, clock.millis());
        audit.visibilityChanged(author, SUMMARY_KIND, id, row.visibility(), Visibility.PARTNER);
        log.info("event=why_summary_shared entry={}", id);
    }

    /** Makes the summary private again: from the next request on, the partner finds nothing. */
    @Transactional
    public void unshare(PersonId author, UUID id) {
        WhyRepository.Row row = own(author, id);
        if (row.visibility() == Visibility.PRIVATE) {
            return;
        }
        repository.unshare(id);
        audit.visibilityChanged(author, SUMMARY_KIND, id, row.visibility(), Visibility.PRIVATE);
        log.info("event=why_summary_unshared entry={}", id);
    }

    @Transactional
    public void delete(PersonId author, UUID id) {
        own(author, id);
        repository.delete(id);
        audit.record(author, "DELETED", KIND, id, null);
        log.info("event=why_deleted entry={}", id);
    }

    /** The author's own reflections, newest first. */
    public List<WhyEntry> mine(PersonId author) {
        Optional<CoupleId> live = couples.spaceWithPartner(author);
        return repository.byAuthor(author).stream().map(r -> entry(r, live)).toList();
    }

    /** The author's own reflection; for anyone else it does not exist. */
    public WhyEntry readOwn(PersonId author, UUID id) {
        return entry(own(author, id), couples.spaceWithPartner(author));
    }

    /**
     * A summary as this viewer may read it: its author, the partner it is shared with while they are
     * partners, or a counselor it was shown to with both partners' consent. The partner's first read
     * marks it seen. Anyone else, and any reflection without a summary, is "not found".
     */
    @Transactional
    public SharedSummary summary(PersonId viewer, UUID id) {
        WhyRepository.Row row = repository.find(id).orElseThrow(NotFoundException::new);
        Access access = policy.require(viewer, summaryRef(row));
        if (row.summary() == null) {
            throw new NotFoundException();
        }
        if (access == Access.PARTNER && row.seenAt() == null) {
            repository.seen(id, clock.millis());
        }
        return shared(row, access == Access.AUTHOR);
    }

    /** The summaries the viewer's current partner shares with them, newest first. */
    public List<SharedSummary> sharedWithMe(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        return repository.sharedInCouple(space.get().id(), space.get().partnerId().get()).stream()
                .filter(r -> policy.accessOf(viewer, summaryRef(r)).isPresent())
                .map(r -> shared(r, false)).toList();
    }

    /** Ids of summaries the partner shared that the viewer has not opened yet. */
    public List<UUID> unseen(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        return repository.unseen(space.get().id(), space.get().partnerId().get());
    }

    // --- Inside ---------------------------------------------------------------------------------

    private WhyRepository.Row own(PersonId author, UUID id) {
        WhyRepository.Row row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, new EntryRef(KIND, row.id(), row.author(), Visibility.PRIVATE, null));
        return row;
    }

    private WhyEntry entry(WhyRepository.Row r, Optional<CoupleId> live) {
        WhyDraft d = new WhyDraft(cipher.openOrNull(r.author(), RELATIONSHIP_KIND, r.id(), r.relationship()),
                cipher.openOrNull(r.author(), IN_ME_KIND, r.id(), r.inMe()),
                cipher.openOrNull(r.author(), OUTSIDE_KIND, r.id(), r.outside()));
        boolean sharedNow = r.visibility() == Visibility.PARTNER && live.isPresent() && live.get().equals(r.couple());
        return new WhyEntry(r.id(), d, cipher.openOrNull(r.author(), SUMMARY_KIND, r.id(), r.summary()), r.visibility(), sharedNow,
                Instant.ofEpochMilli(r.createdAt()), Instant.ofEpochMilli(r.updatedAt()), r.version());
    }

    private SharedSummary shared(WhyRepository.Row r, boolean mine) {
        return new SharedSummary(r.id(), r.author(), cipher.openOrNull(r.author(), SUMMARY_KIND, r.id(), r.summary()),
                Instant.ofEpochMilli(r.sharedAt() != null ? r.sharedAt() : r.updatedAt()), mine);
    }

    private static EntryRef summaryRef(WhyRepository.Row r) {
        return new EntryRef(SUMMARY_KIND, r.id(), r.author(), r.visibility(), r.couple());
    }

}
