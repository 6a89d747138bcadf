package app.kintsugi.responsibility;

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
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.responsibility.internal.OwnRoleRepository;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;
import tools.jackson.databind.json.JsonMapper;

/** "What role did I play?": private reflections on one's own part, shareable like every entry. */
@Service
@RequiredArgsConstructor
public class OwnRoleReflections {

    static final String KIND = "own-role";
    private static final Logger log = LoggerFactory.getLogger(OwnRoleReflections.class);

    private final OwnRoleRepository repository;
    private final ContentCipher cipher;
    private final JsonMapper json;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Couples couples;
    private final Progress progress;
    private final Clock clock;

    public void check(OwnRoleDraft draft) {
        Validation v = new Validation();
        OwnRoleDraft d = clean(draft);
        if (d.actions() == null && d.patterns() == null && d.hurt() == null) {
            v.reject("actions", "ownRole.empty");
        }
        v.optionalText("actions", d.actions(), Validation.MAX_TEXT);
        v.optionalText("patterns", d.patterns(), Validation.MAX_TEXT);
        v.optionalText("hurt", d.hurt(), Validation.MAX_TEXT);
        v.throwIfInvalid();
    }

    @Transactional
    public UUID create(PersonId author, OwnRoleDraft draft) {
        check(draft);
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        repository.insert(new OwnRoleRepository.Row(id, author, null, Visibility.PRIVATE, seal(author, id, clean(draft)), now, now, 0));
        progress.noteDone(author, ResponsibilityExercises.OWN_ROLE);
        log.info("event=own_role_created entry={} author={}", id, author);
        return id;
    }

    @Transactional
    public void update(PersonId author, UUID id, long expectedVersion, OwnRoleDraft draft) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        check(draft);
        if (!repository.updateContent(id, author, expectedVersion, seal(author, id, clean(draft)), clock.millis())) {
            throw new StaleEditException();
        }
    }

    @Transactional
    public void delete(PersonId author, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        repository.delete(id);
        audit.record(author, "DELETED", KIND, id, null);
    }

    @Transactional
    public void setVisibility(PersonId author, UUID id, Visibility visibility) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        CoupleId couple = null;
        if (visibility == Visibility.PARTNER) {
            couple = couples.spaceWithPartner(author)
                    .orElseThrow(() -> InvalidInputException.of("visibility", "ownRole.share.noPartner"));
        } else if (visibility != Visibility.PRIVATE) {
            throw InvalidInputException.of("visibility", "ownRole.share.noPartner");
        }
        if (row.visibility() == visibility && java.util.Objects.equals(row.couple(), couple)) {
            return;
        }
        repository.updateVisibility(id, visibility, couple, clock.millis());
        audit.visibilityChanged(author, KIND, id, row.visibility(), visibility);
    }

    public OwnRoleView read(PersonId viewer, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        Access access = policy.require(viewer, ref(row));
        return view(row, access == Access.AUTHOR);
    }

    public OwnRoleView readOwn(PersonId author, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        return view(row, true);
    }

    public List<OwnRoleView> mine(PersonId author) {
        return repository.byAuthor(author).stream().map(r -> view(r, true)).toList();
    }

    public List<OwnRoleView> sharedWithMe(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        return repository.sharedInCouple(space.get().id(), space.get().partnerId().get()).stream()
                .filter(r -> policy.accessOf(viewer, ref(r)).isPresent())
                .map(r -> view(r, false))
                .toList();
    }

    private byte[] seal(PersonId author, UUID id, OwnRoleDraft d) {
        return cipher.seal(author, KIND, id, json.writeValueAsString(d));
    }

    private OwnRoleView view(OwnRoleRepository.Row row, boolean mine) {
        OwnRoleDraft d = json.readValue(cipher.open(row.author(), KIND, row.id(), row.content()), OwnRoleDraft.class);
        return new OwnRoleView(row.id(), row.author(), mine, d, row.visibility(), Instant.ofEpochMilli(row.updatedAt()),
                row.version());
    }

    private static EntryRef ref(OwnRoleRepository.Row row) {
        return new EntryRef(KIND, row.id(), row.author(), row.visibility(), row.couple());
    }

    private static OwnRoleDraft clean(OwnRoleDraft d) {
        return new OwnRoleDraft(Texts.clean(d.actions()), Texts.clean(d.patterns()), Texts.clean(d.hurt()));
    }
}
