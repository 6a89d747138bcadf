package app.kintsugi.reflection;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.reflection.internal.ReflectionCodec;
import app.kintsugi.reflection.internal.ReflectionDraftRepository;
import app.kintsugi.reflection.internal.ReflectionRules;
import app.kintsugi.shared.Texts;

/**
 * The one unfinished reflection a person is writing, kept as they go. It belongs to its author alone:
 * there is no id to ask for and no way to share it, so nobody else's request can ever reach it. Saving
 * the reflection deletes it ({@link Reflections#create}).
 */
@Service
@RequiredArgsConstructor
public class ReflectionDrafts {

    private static final Logger log = LoggerFactory.getLogger(ReflectionDrafts.class);

    /** A draft as it was last kept. */
    public record Kept(UnfinishedReflection content, Instant savedAt) {
    }

    private final ReflectionDraftRepository repository;
    private final ReflectionCodec codec;
    private final Clock clock;

    /**
     * Keeps what the author has written so far, replacing the previous draft. An empty draft deletes
     * it. Throws {@link app.kintsugi.shared.InvalidInputException} for text longer than a reflection allows.
     */
    @Transactional
    public void keep(PersonId author, UnfinishedReflection draft) {
        UnfinishedReflection clean = new UnfinishedReflection(Texts.clean(draft.title()), Texts.clean(draft.whatHappened()),
                Texts.clean(draft.violations()), draft.kind(), draft.felt(), draft.intensity(), Texts.clean(draft.impact()));
        ReflectionRules.checkUnfinished(clean);
        if (clean.isEmpty()) {
            repository.delete(author);
            return;
        }
        UUID id = repository.find(author).map(ReflectionDraftRepository.Row::id).orElseGet(UUID::randomUUID);
        repository.upsert(new ReflectionDraftRepository.Row(id, author, codec.sealUnfinished(author, id, clean),
                clock.millis()));
        log.debug("event=reflection_draft_kept author={}", author);
    }

    /** The author's own draft, if there is one. */
    public Optional<Kept> mine(PersonId author) {
        return repository.find(author).map(row -> new Kept(codec.openUnfinished(author, row.id(), row.content()),
                Instant.ofEpochMilli(row.updatedAt())));
    }

    @Transactional
    public void discard(PersonId author) {
        repository.delete(author);
        log.info("event=reflection_draft_discarded author={}", author);
    }
}
