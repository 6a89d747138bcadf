package app.kintsugi.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.internal.TimelineRepository;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * The couple's own timeline on the realistic-expectations page: milestones and setbacks either
 * partner marks, private or shared, shown newest first. Titles and notes are encrypted.
 */
@Service
@RequiredArgsConstructor
public class Timeline {

    static final String KIND = "timeline";
    static final int TITLE_MAX = 200;
    private static final Logger log = LoggerFactory.getLogger(Timeline.class);

    private final TimelineRepository repository;
    private final ContentCipher cipher;
    private final JsonMapper json;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Couples couples;
    private final Accounts accounts;
    private final Clock clock;

    record Stored(String title, String note) {
    }

    /** Checks a draft; throws {@link InvalidInputException} naming each field with a problem. */
    public void check(PersonId author, TimelineDraft draft) {
        Validation v = new Validation();
        if (draft.kind() == null) {
            v.reject("kind", "timeline.kind.required");
        }
        if (draft.on() == null) {
            v.reject("on", "timeline.on.required");
        } else if (draft.on().isAfter(accounts.today(author))) {
            v.reject("on", "timeline.on.future");
        } else if (draft.on().isBefore(LocalDate.of(1900, 1, 1))) {
            v.reject("on", "timeline.on.tooEarly");
        }
        v.requiredText("title", Texts.clean(draft.title()), TITLE_MAX, "timeline.title.required");
        v.optionalText("note", draft.note(), Validation.MAX_TEXT);
        if (draft.visibility() == null || draft.visibility() == Visibility.COUNSELOR) {
            v.reject("visibility", "timeline.visibility.invalid");
        } else if (draft.visibility() == Visibility.PARTNER && partnerSpace(author).isEmpty()) {
            v.reject("visibility", "timeline.visibility.noSpace");
        }
        v.throwIfInvalid();
    }

    @Transactional
    public UUID add(PersonId author, TimelineDraft draft) {
        check(author, draft);
        UUID id = UUID.randomUUID();
        CoupleId couple = draft.visibility() == Visibility.PARTNER ? partnerSpace(author).orElseThrow() : null;
        byte[] content = cipher.seal(author, KIND, id,
                json.writeValueAsString(new Stored(Texts.clean(draft.title()), Texts.clean(draft.note()))));
        repository.insert(new TimelineRepository.Row(id, author, couple, draft.kind(), draft.visibility(),
                draft.on().toString(), content, clock.millis()));
        log.info("event=timeline_entry_added entry={} author={} kind={}", id, author, draft.kind());
        return id;
    }

    /**
     * Adds an entry from what was typed: a kind, a date (YYYY-MM-DD), a title, a note and PRIVATE or
     * PARTNER. What cannot be read and what breaks a rule are named together, each at its field.
     */
    @Transactional
    public UUID add(PersonId author, String kind, String on, String title, String note, String visibility) {
        Validation unreadable = new Validation();
        TimelineKind k = null;
        try {
            k = TimelineKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            unreadable.reject("kind", "timeline.kind.required");
        }
        LocalDate day = null;
        if (on != null && !on.isBlank()) {
            try {
                day = LocalDate.parse(on.strip());
            } catch (java.time.format.DateTimeParseException e) {
                unreadable.reject("on", "timeline.on.invalid");
            }
        }
        Visibility seen = null;
        try {
            seen = Visibility.valueOf(visibility == null ? "" : visibility.strip());
        } catch (IllegalArgumentException e) {
            unreadable.reject("visibility", "timeline.visibility.invalid");
        }
        TimelineDraft draft = new TimelineDraft(k, day, title, note, seen);
        if (unreadable.hasErrors()) {
            try {
                check(author, draft);
            } catch (InvalidInputException e) {
                // The unreadable field's own message wins over "required".
                e.errors().forEach((field, error) -> unreadable.reject(field, error.code(), error.args()));
            }
            unreadable.throwIfInvalid();
        }
        return add(author, draft);
    }

    /** The author's own entry, for confirming its removal; for anyone else it does not exist. */
    public TimelineEntry readOwn(PersonId author, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        return view(row, author, accounts.nameOf(author));
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
        if (visibility == Visibility.COUNSELOR || visibility == null) {
            throw InvalidInputException.of("visibility", "timeline.visibility.invalid");
        }
        CoupleId couple = null;
        if (visibility == Visibility.PARTNER) {
            couple = partnerSpace(author)
                    .orElseThrow(() -> InvalidInputException.of("visibility", "timeline.visibility.noSpace"));
        }
        if (row.visibility() == visibility && java.util.Objects.equals(row.couple(), couple)) {
            return;
        }
        repository.updateVisibility(id, visibility, couple);
        audit.visibilityChanged(author, KIND, id, row.visibility(), visibility);
    }

    /** The viewer's own entries and what their current partner shared, newest first. */
    public List<TimelineEntry> entries(PersonId viewer) {
        List<TimelineRepository.Row> rows = new ArrayList<>(repository.byAuthor(viewer));
        Optional<CoupleSpace> space = couples.current(viewer);
        Map<PersonId, String> names = new java.util.HashMap<>();
        accounts.find(viewer).ifPresent(p -> names.put(p.id(), p.displayName()));
        if (space.isPresent() && space.get().partner().isPresent()) {
            var partner = space.get().partner().get();
            names.put(partner.person(), partner.displayName());
            repository.sharedInCouple(space.get().id(), partner.person()).stream()
                    .filter(row -> policy.accessOf(viewer, ref(row)).isPresent())
                    .forEach(rows::add);
        }
        return rows.stream()
                .sorted(Comparator.comparing(TimelineRepository.Row::occurredOn).thenComparingLong(TimelineRepository.Row::createdAt)
                        .reversed())
                .map(row -> view(row, viewer, names.getOrDefault(row.author(), "")))
                .toList();
    }

    private TimelineEntry view(TimelineRepository.Row row, PersonId viewer, String authorName) {
        Stored s = json.readValue(cipher.open(row.author(), KIND, row.id(), row.content()), Stored.class);
        return new TimelineEntry(row.id(), row.author(), authorName, row.author().equals(viewer), row.kind(),
                LocalDate.parse(row.occurredOn()), s.title(), s.note(), row.visibility());
    }

    /** The author's space, if their partner is in it: sharing needs someone to share with. */
    private Optional<CoupleId> partnerSpace(PersonId author) {
        return couples.spaceWithPartner(author);
    }

    private static EntryRef ref(TimelineRepository.Row row) {
        return new EntryRef(KIND, row.id(), row.author(), row.visibility(), row.couple());
    }
}
