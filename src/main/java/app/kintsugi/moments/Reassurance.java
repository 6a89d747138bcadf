package app.kintsugi.moments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.moments.internal.ReassuranceRepository.LineRow;
import app.kintsugi.moments.internal.ReassuranceRepository.RequestRow;
import app.kintsugi.moments.internal.ReassuranceRepository.Status;
import app.kintsugi.moments.ReassuranceView.Availability;
import app.kintsugi.moments.ReassuranceView.Choice;
import app.kintsugi.moments.ReassuranceView.Line;
import app.kintsugi.moments.ReassuranceView.LineStatus;
import app.kintsugi.moments.internal.ReassuranceRepository;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Reassurance the couple agreed in advance. Each partner writes what they would like to receive in a
 * hard moment; the other accepts each line or not. "I'm having a hard moment" then tells the partner
 * only that, with the accepted lines (and a plain "I'm here") as one-tap answers; never what set it
 * off. A person can pause it. A person whose own safety check raised a concern cannot ask and is not
 * asked: their partner sees nothing different, so the check's answers never reach them (rule 7).
 */
@Service
@RequiredArgsConstructor
public class Reassurance {

    static final String LINE_KIND = "reassurance-line";
    static final String REQUEST_KIND = "reassurance-request";
    /** The answer that needs no agreement: "I'm here". */
    public static final String HERE = "here";
    public static final int MAX_LINE = 200;
    public static final int MAX_LINES = 12;
    /** A hard moment passes: after this, a request no longer waits on Today. */
    public static final Duration OPEN_FOR = Duration.ofHours(24);
    /** Pressing again within this time reuses the open request instead of sending another. */
    static final Duration AGAIN_AFTER = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(Reassurance.class);

    private final ReassuranceRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final TwoPersonEntries entries;
    private final Couples couples;
    private final Accounts accounts;
    private final SafetyChecks safety;
    private final Progress progress;
    private final Clock clock;

    public ReassuranceView view(PersonId person) {
        Optional<CoupleSpace> space = couples.completeSpace(person);
        boolean pausedByMe = repository.paused(person);
        if (space.isEmpty()) {
            return new ReassuranceView(availability(person, null), null, List.of(), List.of(), null, pausedByMe, false);
        }
        PersonId partner = space.get().partnerId().orElseThrow();
        String name = accounts.nameOf(partner);
        List<Line> mine = new ArrayList<>();
        List<Line> partners = new ArrayList<>();
        for (LineRow row : repository.lines(space.get().id())) {
            if (row.author().equals(person)) {
                mine.add(line(row));
            } else if (row.author().equals(partner) && row.status() != Status.DECLINED) {
                partners.add(line(row));
            }
        }
        RequestRow open = repository.requestsSince(space.get().id(), clock.millis() - OPEN_FOR.toMillis()).stream()
                .filter(r -> r.requester().equals(person)).findFirst().orElse(null);
        return new ReassuranceView(availability(person, partner), name, mine, partners,
                open == null ? null : request(open, person, name), pausedByMe, true);
    }

    /**
     * How many times each partner asked for reassurance in the viewer's current space between two
     * moments: never why, never what was answered.
     */
    public Asked askedBetween(PersonId viewer, java.time.Instant from, java.time.Instant to) {
        Optional<CoupleSpace> space = couples.completeSpace(viewer);
        if (space.isEmpty()) {
            return new Asked(0, 0);
        }
        int mine = 0;
        int theirs = 0;
        for (RequestRow r : repository.requestsSince(space.get().id(), from.toEpochMilli())) {
            if (r.createdAt() < to.toEpochMilli()) {
                if (r.requester().equals(viewer)) {
                    mine++;
                } else {
                    theirs++;
                }
            }
        }
        return new Asked(mine, theirs);
    }

    /** How many times the viewer and the partner asked for reassurance. */
    public record Asked(int mine, int partners) {
    }

    /** Whether this person can ask for reassurance now. */
    public Availability availability(PersonId person) {
        return availability(person, couples.completeSpace(person).flatMap(CoupleSpace::partnerId).orElse(null));
    }

    private Availability availability(PersonId person, PersonId partner) {
        if (safety.status(person).concerning()) {
            return Availability.SAFETY;
        }
        if (partner == null) {
            return Availability.NO_PARTNER;
        }
        if (repository.paused(person)) {
            return Availability.PAUSED_BY_ME;
        }
        if (repository.paused(partner)) {
            return Availability.PAUSED_BY_PARTNER;
        }
        return Availability.READY;
    }

    /** Writes a line this person would like to receive; it counts once the partner accepts it. */
    @Transactional
    public UUID proposeLine(PersonId person, String text) {
        String clean = Texts.clean(text);
        Validation v = new Validation();
        v.requiredText("text", clean, MAX_LINE, "moments.line.required");
        CoupleSpace space = couples.completeSpace(person).orElse(null);
        if (space == null) {
            v.reject("text", "moments.line.noPartner");
        } else if (repository.lines(space.id()).stream().filter(l -> l.author().equals(person)).count() >= MAX_LINES) {
            v.reject("text", "moments.line.tooMany", MAX_LINES);
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        repository.insertLine(new LineRow(id, space.id(), person, space.partnerId().orElseThrow(),
                cipher.seal(person, LINE_KIND, id, clean), Status.PROPOSED, now, null, 0));
        progress.noteActivity(person, MomentExercises.REASSURANCE);
        log.info("event=reassurance_line_proposed line={} couple={}", id, space.id().value());
        return id;
    }

    /** The partner accepts a line, or says it is not something they can give. */
    @Transactional
    public void decide(PersonId person, UUID lineId, long expectedVersion, boolean accept) {
        LineRow row = requireLine(person, lineId);
        if (row.author().equals(person)) {
            throw new NotFoundException();
        }
        if (row.status() != Status.PROPOSED
                || !repository.decide(lineId, expectedVersion, accept ? Status.ACCEPTED : Status.DECLINED, clock.millis())) {
            throw new StaleEditException();
        }
        if (accept) {
            progress.noteDone(person, MomentExercises.REASSURANCE);
            progress.noteDone(row.author(), MomentExercises.REASSURANCE);
        }
        log.info("event=reassurance_line_{} line={}", accept ? "accepted" : "declined", lineId);
    }

    /** The author takes a line back, whatever its state. */
    @Transactional
    public void removeLine(PersonId person, UUID lineId) {
        LineRow row = requireLine(person, lineId);
        policy.requireAuthor(person, ref(row));
        repository.deleteLine(lineId);
        log.info("event=reassurance_line_removed line={}", lineId);
    }

    /**
     * "I'm having a hard moment": tells the partner that, and nothing more. Pressing again while a
     * request of the last half hour waits unanswered returns that one.
     */
    @Transactional
    public UUID ask(PersonId person) {
        CoupleSpace space = couples.completeSpace(person).orElse(null);
        PersonId partner = space == null ? null : space.partnerId().orElseThrow();
        Availability availability = availability(person, partner);
        if (availability != Availability.READY) {
            throw new InvalidInputException(java.util.Map.of("ask",
                    new InvalidInputException.FieldError("moments.ask." + availability.name(), new Object[0])));
        }
        long now = clock.millis();
        Optional<RequestRow> recent = repository.requestsSince(space.id(), now - AGAIN_AFTER.toMillis()).stream()
                .filter(r -> r.requester().equals(person) && r.answer() == null).findFirst();
        if (recent.isPresent()) {
            return recent.get().id();
        }
        UUID id = UUID.randomUUID();
        repository.insertRequest(new RequestRow(id, space.id(), person, partner, now, null, null, null, 0));
        log.info("event=reassurance_asked request={} couple={}", id, space.id().value());
        return id;
    }

    /** The partner answers in one tap, once: an accepted line of the one who asked, or "I'm here". */
    @Transactional
    public void answer(PersonId person, UUID requestId, String choice) {
        RequestRow row = requireRequest(person, requestId);
        if (!row.partner().equals(person)) {
            throw new NotFoundException();
        }
        if (row.answer() != null) {
            throw new StaleEditException();
        }
        String value = choice == null ? "" : choice.strip();
        if (!HERE.equals(value)) {
            boolean agreed = repository.lines(row.couple()).stream()
                    .anyMatch(l -> l.id().toString().equals(value) && l.author().equals(row.requester()) && l.status() == Status.ACCEPTED);
            if (!agreed) {
                throw new InvalidInputException(java.util.Map.of("choice",
                        new InvalidInputException.FieldError("moments.answer.invalid", new Object[0])));
            }
        }
        if (!repository.answer(requestId, value, clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=reassurance_answered request={}", requestId);
    }

    /** A request as the viewer may see it; the one who asked sees the answer, which marks it seen. */
    @Transactional
    public ReassuranceView.Request open(PersonId person, UUID requestId) {
        RequestRow row = requireRequest(person, requestId);
        PersonId other = row.requester().equals(person) ? row.partner() : row.requester();
        if (row.requester().equals(person) && row.answer() != null && row.answerSeenAt() == null) {
            repository.answerSeen(requestId, clock.millis());
        }
        return request(row, person, accounts.nameOf(other));
    }

    @Transactional
    public void pause(PersonId person) {
        repository.pause(person, clock.millis());
        log.info("event=reassurance_paused person={}", person.value());
    }

    @Transactional
    public void resume(PersonId person) {
        repository.resume(person);
        log.info("event=reassurance_resumed person={}", person.value());
    }

    // --- Inside ---------------------------------------------------------------------------------

    private ReassuranceView.Request request(RequestRow row, PersonId viewer, String otherName) {
        String answer = null;
        List<Choice> choices = List.of();
        List<LineRow> lines = repository.lines(row.couple());
        if (row.answer() != null) {
            answer = HERE.equals(row.answer()) ? HERE
                    : lines.stream().filter(l -> l.id().toString().equals(row.answer())).findFirst()
                            .map(l -> cipher.open(l.author(), LINE_KIND, l.id(), l.content())).orElse(HERE);
        } else if (row.partner().equals(viewer)) {
            choices = choices(lines, row.requester());
        }
        return new ReassuranceView.Request(row.id(), row.requester().equals(viewer), otherName, Instant.ofEpochMilli(row.createdAt()),
                answer, row.answeredAt() == null ? null : Instant.ofEpochMilli(row.answeredAt()), choices);
    }

    /** The one-tap answers to a request of {@code requester}: the lines the other accepted, then "I'm here". */
    List<Choice> choices(List<LineRow> lines, PersonId requester) {
        List<Choice> all = new ArrayList<>();
        for (LineRow l : lines) {
            if (l.author().equals(requester) && l.status() == Status.ACCEPTED) {
                all.add(new Choice(l.id().toString(), cipher.open(l.author(), LINE_KIND, l.id(), l.content())));
            }
        }
        all.add(new Choice(HERE, null));
        return all;
    }

    private Line line(LineRow row) {
        return new Line(row.id(), cipher.open(row.author(), LINE_KIND, row.id(), row.content()), LineStatus.valueOf(row.status().name()),
                row.version());
    }

    private LineRow requireLine(PersonId person, UUID id) {
        LineRow row = repository.line(id).orElseThrow(NotFoundException::new);
        entries.requireWhileBothIn(person, new TwoPersonEntry(ref(row), row.partner()));
        return row;
    }

    private RequestRow requireRequest(PersonId person, UUID id) {
        RequestRow row = repository.request(id).orElseThrow(NotFoundException::new);
        entries.requireWhileBothIn(person, TwoPersonEntry.between(REQUEST_KIND, id, row.requester(), row.partner(), row.couple()));
        return row;
    }

    private static EntryRef ref(LineRow row) {
        return new EntryRef(LINE_KIND, row.id(), row.author(), Visibility.PARTNER, row.couple());
    }
}
