package app.kintsugi.reflection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.reflection.internal.ReflectionCodec;
import app.kintsugi.reflection.internal.ReflectionDraftRepository;
import app.kintsugi.reflection.internal.ReflectionRepository;
import app.kintsugi.reflection.internal.ReflectionRules;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;

/** Step 0 reflections: write, read, edit, share, withdraw and delete. Every read goes through the policy. */
@Service
@RequiredArgsConstructor
public class Reflections {

    private static final Logger log = LoggerFactory.getLogger(Reflections.class);

    private final ReflectionRepository repository;
    private final ReflectionCodec codec;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Couples couples;
    private final Progress progress;
    private final Clock clock;
    private final ReflectionDraftRepository drafts;

    @Transactional
    public ReflectionId create(PersonId author, ReflectionDraft draft) {
        ReflectionDraft clean = clean(draft);
        ReflectionRules.check(clean);
        ReflectionId id = new ReflectionId(UUID.randomUUID());
        long now = clock.millis();
        repository.insert(new ReflectionRepository.Row(id, author, null, Visibility.PRIVATE,
                codec.seal(author, id.value(), clean), now, now, 0));
        // The draft has become this reflection; keeping it would bring the same text back as "unfinished".
        drafts.delete(author);
        progress.noteDone(author, ReflectionExercise.ID);
        log.info("event=reflection_created reflection={} author={}", id, author);
        return id;
    }

    /** Checks a draft against the rules without saving it; throws {@link InvalidInputException}. */
    public void check(ReflectionDraft draft) {
        ReflectionRules.check(clean(draft));
    }

    /** Saves an edit made on {@code expectedVersion}; throws {@link StaleEditException} if it changed since. */
    @Transactional
    public void update(PersonId author, ReflectionId id, long expectedVersion, ReflectionDraft draft) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        ReflectionDraft clean = clean(draft);
        ReflectionRules.check(clean);
        if (!repository.updateContent(id, author, expectedVersion, codec.seal(author, id.value(), clean), clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=reflection_updated reflection={}", id);
    }

    @Transactional
    public void delete(PersonId author, ReflectionId id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        repository.delete(id);
        audit.record(author, "DELETED", ReflectionCodec.KIND, id.value(), null);
        log.info("event=reflection_deleted reflection={}", id);
    }

    /** Shares with the partner in the author's current space; the partner can read it from now on. */
    @Transactional
    public void shareWithPartner(PersonId author, ReflectionId id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        // Sharing needs someone to share with: in a space still waiting for a partner, "shared" would
        // silently go to whoever joins next.
        CoupleId couple = couples.spaceWithPartner(author)
                .orElseThrow(() -> InvalidInputException.of("visibility", "reflection.share.noSpace"));
        if (row.visibility() == Visibility.PARTNER && couple.equals(row.couple())) {
            return;
        }
        repository.updateVisibility(id, Visibility.PARTNER, couple, clock.millis());
        audit.visibilityChanged(author, ReflectionCodec.KIND, id.value(), row.visibility(), Visibility.PARTNER);
    }

    /** Makes a reflection private again; the partner's next request for it finds nothing. */
    @Transactional
    public void makePrivate(PersonId author, ReflectionId id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        if (row.visibility() == Visibility.PRIVATE) {
            return;
        }
        repository.updateVisibility(id, Visibility.PRIVATE, null, clock.millis());
        audit.visibilityChanged(author, ReflectionCodec.KIND, id.value(), row.visibility(), Visibility.PRIVATE);
    }

    /** A reflection as this viewer may see it; anything else is "not found", and the refusal is logged. */
    public ReflectionView read(PersonId viewer, ReflectionId id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        Access access = policy.require(viewer, ref(row));
        return view(row, access);
    }

    /** The author's own reflection, for editing; for anyone else it does not exist. */
    public ReflectionView readOwn(PersonId author, ReflectionId id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        return view(row, Access.AUTHOR);
    }

    public List<ReflectionSummary> mine(PersonId author) {
        return repository.byAuthor(author).stream().map(this::summary).toList();
    }

    /** What the viewer's current partner has shared with them in this space. */
    public List<ReflectionSummary> sharedWithMe(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        return repository.sharedInCouple(space.get().id(), space.get().partnerId().get()).stream()
                .filter(row -> policy.accessOf(viewer, ref(row)).isPresent())
                .map(this::summary)
                .toList();
    }

    private ReflectionSummary summary(ReflectionRepository.Row row) {
        ReflectionDraft d = codec.open(row.author(), row.id().value(), row.content());
        return new ReflectionSummary(row.id(), ReflectionRules.listTitle(d), d.kind(), row.visibility(),
                Instant.ofEpochMilli(row.updatedAt()));
    }

    private ReflectionView view(ReflectionRepository.Row row, Access access) {
        return new ReflectionView(row.id(), row.author(), codec.open(row.author(), row.id().value(), row.content()),
                row.visibility(), Instant.ofEpochMilli(row.createdAt()), Instant.ofEpochMilli(row.updatedAt()),
                row.version(), access);
    }

    private static EntryRef ref(ReflectionRepository.Row row) {
        return new EntryRef(ReflectionCodec.KIND, row.id().value(), row.author(), row.visibility(), row.couple());
    }

    private static ReflectionDraft clean(ReflectionDraft d) {
        return new ReflectionDraft(Texts.clean(d.title()), Texts.clean(d.whatHappened()), Texts.clean(d.violations()),
                d.kind(), d.emotions(), Texts.clean(d.impact()));
    }
}
