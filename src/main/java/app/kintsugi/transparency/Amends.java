package app.kintsugi.transparency;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;
import app.kintsugi.transparency.internal.AmendRepository;

/**
 * The amends plan: concrete actions to repair, each with what and by when, moved along from
 * planned to in progress to done by the person making amends. Their partner sees the plan and
 * acknowledges what was done. An action is shared with the partner from the start: amends are
 * made to someone.
 */
@Service
@RequiredArgsConstructor
public class Amends {

    static final String KIND = "amend";
    static final String ACK_KIND = "amend-ack";
    public static final int MAX_TEXT = 1_000;
    /** How far ahead an action may be planned. */
    public static final int MAX_AHEAD_DAYS = 366;
    private static final Logger log = LoggerFactory.getLogger(Amends.class);

    private final AmendRepository repository;
    private final ContentCipher cipher;
    private final TwoPersonEntries entries;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;

    /** Adds an action to the plan: what, and by when (today or later). */
    @Transactional
    public UUID plan(PersonId author, String text, String dueText) {
        String clean = Texts.clean(text);
        Validation v = new Validation().requiredText("text", clean, MAX_TEXT, "amend.text.required");
        LocalDate due = checkDue(v, dueText, accounts.today(author), null);
        CoupleSpace space = entries.spaceToWriteIn(author, v, "transparency.noPartner");
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        repository.insert(new AmendRepository.Row(id, space.id(), author, space.partnerId().orElseThrow(),
                cipher.seal(author, KIND, id, clean), due, AmendStatus.PLANNED, now, now, null, null, null, 0));
        progress.noteActivity(author, TransparencyExercises.AMENDS);
        log.info("event=amend_planned amend={} couple={}", id, space.id());
        return id;
    }

    /** Changes what an action is or its date, until it is done. A date already set may stay even once it has passed. */
    @Transactional
    public void change(PersonId author, UUID id, long expectedVersion, String text, String dueText) {
        var row = requireAuthor(author, id);
        if (row.status() == AmendStatus.DONE) {
            throw InvalidInputException.of("entry", "amend.change.done");
        }
        String clean = Texts.clean(text);
        Validation v = new Validation().requiredText("text", clean, MAX_TEXT, "amend.text.required");
        LocalDate due = checkDue(v, dueText, accounts.today(author), row.due());
        v.throwIfInvalid();
        if (row.version() != expectedVersion
                || !repository.change(id, expectedVersion, cipher.seal(author, KIND, id, clean), due, clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=amend_changed amend={}", id);
    }

    /** Moves an action along (or back): planned, in progress, done. */
    @Transactional
    public void setStatus(PersonId author, UUID id, long expectedVersion, AmendStatus status) {
        var row = requireAuthor(author, id);
        if (status == null) {
            throw InvalidInputException.of("entry", "amend.status.required");
        }
        if (status == row.status()) {
            throw InvalidInputException.of("entry", "amend.status.same");
        }
        if (row.version() != expectedVersion || !repository.setStatus(id, expectedVersion, status, clock.millis())) {
            throw new StaleEditException();
        }
        if (status == AmendStatus.DONE) {
            progress.noteDone(author, TransparencyExercises.AMENDS);
        } else {
            progress.noteActivity(author, TransparencyExercises.AMENDS);
        }
        log.info("event=amend_{} amend={}", status.name().toLowerCase(Locale.ROOT), id);
    }

    /** The partner acknowledges a done action, once, with an optional note. */
    @Transactional
    public void acknowledge(PersonId partner, UUID id, String note) {
        var row = requireAccess(partner, id);
        if (!row.partner().equals(partner)) {
            throw InvalidInputException.of("entry", "amend.ack.yours", name(row.partner()));
        }
        if (row.status() != AmendStatus.DONE) {
            throw InvalidInputException.of("entry", "amend.ack.notDone");
        }
        String clean = Texts.clean(note);
        new Validation().optionalText("note", clean, QuestionRules.MAX_NOTE).throwIfInvalid();
        byte[] sealed = clean == null ? null : cipher.seal(partner, ACK_KIND, id, clean);
        if (!repository.acknowledge(id, sealed, clock.millis())) {
            throw InvalidInputException.of("entry", "amend.ack.already");
        }
        log.info("event=amend_acknowledged amend={}", id);
    }

    public AmendView read(PersonId viewer, UUID id) {
        return view(requireAccess(viewer, id), viewer, new Names());
    }

    /** The plan of the viewer's current space. */
    public AmendsPlan overview(PersonId viewer) {
        List<AmendView> all = inMySpace(viewer);
        return new AmendsPlan(all.stream().filter(AmendView::mine).toList(), all.stream().filter(a -> !a.mine()).toList(),
                fromEndedSpaces(viewer));
    }

    /** From spaces that have ended: the viewer's own words only (decision 0028). */
    private List<AmendView> fromEndedSpaces(PersonId viewer) {
        Names names = new Names();
        return repository.involving(viewer).stream()
                .filter(r -> entries.spaceEnded(entry(r)))
                .map(r -> view(r, viewer, names, true)).toList();
    }

    /** Done actions of the partner that this person has not acknowledged yet. */
    public List<AmendView> awaitingMyAcknowledgement(PersonId person) {
        Names names = new Names();
        return entries.inLiveSpace(person, couple -> repository.doneUnacknowledgedFor(couple, person), Amends::entry).stream()
                .map(r -> view(r, person, names)).toList();
    }

    /** At most {@code limit} of the newest done actions of the viewer's space, newest first. */
    public List<AmendView> doneInMySpace(PersonId viewer, int limit) {
        Names names = new Names();
        return entries.inLiveSpace(viewer, couple -> repository.done(couple, limit), Amends::entry).stream()
                .map(r -> view(r, viewer, names)).toList();
    }

    // --- Inside ---------------------------------------------------------------------------------

    private List<AmendView> inMySpace(PersonId viewer) {
        Names names = new Names();
        return entries.inLiveSpace(viewer, repository::inCouple, Amends::entry).stream()
                .map(r -> view(r, viewer, names)).toList();
    }

    /** The date: required, a real date, not in the past (unless it is the one already set) and within a year. */
    private static LocalDate checkDue(Validation v, String dueText, LocalDate today, LocalDate current) {
        LocalDate due = null;
        if (dueText == null || dueText.isBlank()) {
            v.reject("due", "amend.due.required");
            return null;
        }
        try {
            due = LocalDate.parse(dueText.strip());
        } catch (DateTimeException e) {
            v.reject("due", "amend.due.invalid");
            return null;
        }
        if (due.isBefore(today) && !due.equals(current)) {
            v.reject("due", "amend.due.past");
        } else if (due.isAfter(today.plusDays(MAX_AHEAD_DAYS))) {
            v.reject("due", "amend.due.tooFar");
        }
        return due;
    }

    private AmendRepository.Row requireAccess(PersonId viewer, UUID id) {
        return entries.requireWhileBothIn(viewer, repository.find(id), Amends::entry);
    }

    private AmendRepository.Row requireAuthor(PersonId author, UUID id) {
        return entries.requireWriterWhileBothIn(author, repository.find(id), Amends::entry);
    }

    /** An action is between the one making amends and the partner they are made to. */
    private static TwoPersonEntry entry(AmendRepository.Row row) {
        return TwoPersonEntry.between(KIND, row.id(), row.author(), row.partner(), row.couple());
    }

    /** Names and calendars looked up once per page. */
    private final class Names {
        final Map<PersonId, String> names = new HashMap<>();
        final Map<PersonId, LocalDate> todays = new HashMap<>();

        String of(PersonId person) {
            return names.computeIfAbsent(person, Amends.this::name);
        }

        LocalDate today(PersonId person) {
            return todays.computeIfAbsent(person, accounts::today);
        }
    }

    private AmendView view(AmendRepository.Row r, PersonId viewer, Names names) {
        return view(r, viewer, names, false);
    }

    private AmendView view(AmendRepository.Row r, PersonId viewer, Names names, boolean ended) {
        boolean mine = r.author().equals(viewer);
        boolean overdue = !ended && r.status() != AmendStatus.DONE && r.due().isBefore(names.today(r.author()));
        return new AmendView(r.id(), names.of(r.author()), mine, names.of(r.partner()),
                ended && !mine ? null : cipher.open(r.author(), KIND, r.id(), r.content()), r.due(), r.status(), overdue,
                Instant.ofEpochMilli(r.createdAt()), r.doneAt() == null ? null : Instant.ofEpochMilli(r.doneAt()),
                r.ackAt() == null ? null : Instant.ofEpochMilli(r.ackAt()),
                r.ackNote() == null || (ended && mine) ? null : cipher.open(r.partner(), ACK_KIND, r.id(), r.ackNote()), r.version(),
                ended);
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }
}
