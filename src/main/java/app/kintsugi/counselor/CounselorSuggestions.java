package app.kintsugi.counselor;

import app.kintsugi.counselor.internal.SuggestionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.checkin.Cadence;
import app.kintsugi.checkin.Measures;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.program.Exercise;
import app.kintsugi.program.Program;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Between sessions: a counselor with both partners' consent suggests an exercise of the program or a
 * questionnaire to one partner or both, with a short note of their own. Each addressed partner sees it
 * (never one addressed only to the other) and may accept or decline, without a reason. The counselor
 * sees to whom, the answer, and once accepted whether it was done; never what was written or answered.
 * Everything hangs on the link: when the counselor's access ends, nothing is shown any more.
 */
@Service
@RequiredArgsConstructor
public class CounselorSuggestions {

    private static final Logger log = LoggerFactory.getLogger(CounselorSuggestions.class);
    public static final String NOTE_KIND = "counselor-suggestion-note";
    public static final int MAX_NOTE = 500;
    /** "Answer it now" instead of a schedule, when accepting a questionnaire. */
    public static final String NOW = "now";

    private final CounselorLinks links;
    private final SuggestionRepository repository;
    private final Program program;
    private final Progress progress;
    private final Measures measures;
    private final Accounts accounts;
    private final ContentCipher cipher;
    private final Clock clock;
    private final app.kintsugi.checkin.AddedQuestionnaires added;

    public enum Answer {
        WAITING, ACCEPTED, DECLINED
    }

    /** Something a counselor can suggest: {@code kind} is "exercise" or "measure", {@code target} its id. */
    public record Option(String kind, String target) {

        /** The value a form sends: "exercise:&lt;id&gt;" or "measure:&lt;id&gt;". */
        public String value() {
            return kind + ":" + target;
        }
    }

    /** One partner a suggestion is addressed to, as the counselor sees them. */
    public record Addressee(String name, Answer answer, boolean done) {
    }

    /** A suggestion as the counselor who made it sees it. */
    public record Suggested(UUID id, String kind, String target, String note, Instant at, List<Addressee> to) {

        @Override
        public String toString() {
            return "Suggested[" + id + "]";
        }
    }

    /**
     * A suggestion as the partner it is addressed to sees it.
     *
     * @param toBoth whether it was addressed to both partners alike
     */
    public record ForMe(UUID id, String counselorName, String kind, String target, String note, Instant at, boolean toBoth,
            Answer answer, long version) {

        public boolean measure() {
            return SuggestionRules.MEASURE.equals(kind);
        }

        /** A questionnaire that can be put on a schedule (the weekly check-in has its own rhythm). */
        public boolean schedulable() {
            return measure() && !SuggestionRules.WEEKLY.equals(target);
        }

        @Override
        public String toString() {
            return "ForMe[" + id + "]";
        }
    }

    /**
     * Everything a counselor can suggest: every exercise of the program, the weekly check-in, every
     * measure of the instance and the questionnaires this counselor added and offers.
     */
    public List<Option> options(PersonId counselor) {
        List<Option> out = new ArrayList<>();
        for (Exercise e : program.exercises()) {
            if (!SuggestionRules.WEEKLY_EXERCISE.equals(e.id())) {
                out.add(new Option(SuggestionRules.EXERCISE, e.id()));
            }
        }
        out.add(new Option(SuggestionRules.MEASURE, SuggestionRules.WEEKLY));
        for (Questionnaire q : measures.measures()) {
            out.add(new Option(SuggestionRules.MEASURE, q.id()));
        }
        for (Questionnaire q : added.offeredBy(counselor)) {
            out.add(new Option(SuggestionRules.MEASURE, q.id()));
        }
        return out;
    }

    /** The name of what is suggested, in the language asked for: an exercise's or a questionnaire's title. */
    public String title(String kind, String target, Locale locale) {
        if (SuggestionRules.EXERCISE.equals(kind)) {
            return program.exercise(target)
                    .map(e -> program.content(e.step(), locale).exercises().get(e.id()))
                    .map(t -> t.title()).orElse(target);
        }
        return measures.find(target).map(q -> q.title(locale)).orElse(target);
    }

    // --- The counselor's side -------------------------------------------------------------------

    /**
     * Suggests something to one partner or both. {@code what} is an option's value, {@code to} is
     * "both" or the partner's place on the couple's page (1 or 2); the note is optional.
     */
    @Transactional
    public UUID suggest(PersonId counselor, UUID linkId, String what, String to, String note) {
        List<PersonId> partners = links.requireActive(counselor, linkId);
        Validation v = new Validation();
        Optional<Option> option = options(counselor).stream().filter(o -> o.value().equals(what == null ? "" : what.strip())).findFirst();
        if (option.isEmpty()) {
            v.reject("what", "suggestion.what.required");
        }
        List<PersonId> addressees = addressees(partners, to);
        if (addressees.isEmpty()) {
            v.reject("to", "suggestion.to.required");
        }
        String clean = note == null ? null : Texts.clean(note);
        clean = clean == null ? "" : clean;
        v.optionalText("note", clean, MAX_NOTE);
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        byte[] sealed = clean.isBlank() ? null : cipher.seal(counselor, NOTE_KIND, id, clean);
        repository.insert(new SuggestionRepository.SuggestionRow(id, linkId, counselor, option.get().kind(), option.get().target(),
                sealed, clock.millis()), addressees);
        log.info("event=counselor_suggested link={} counselor={} suggestion={} kind={} addressees={}", linkId, counselor, id,
                option.get().kind(), addressees.size());
        return id;
    }

    /** Takes a suggestion back; the partners no longer see it. */
    @Transactional
    public void withdraw(PersonId counselor, UUID linkId, UUID suggestion) {
        links.requireActive(counselor, linkId);
        if (repository.find(suggestion).filter(s -> s.link().equals(linkId)).isEmpty()
                || !repository.deleteSuggestion(suggestion, counselor)) {
            throw new NotFoundException();
        }
        log.info("event=counselor_suggestion_withdrawn link={} suggestion={}", linkId, suggestion);
    }

    /** The counselor's suggestions to this couple, newest first; "not found" unless access stands right now. */
    public List<Suggested> madeBy(PersonId counselor, UUID linkId) {
        links.requireActive(counselor, linkId);
        return suggested(counselor, linkId);
    }

    /** As {@link #madeBy}, for a caller that has just checked the access itself. */
    List<Suggested> suggested(PersonId counselor, UUID linkId) {
        List<SuggestionRepository.SuggestionRow> rows = repository.ofLink(linkId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<SuggestionRepository.AddresseeRow>> to = byAddressee(linkId);
        Map<PersonId, Facts> facts = new HashMap<>();
        List<Suggested> out = new ArrayList<>();
        for (SuggestionRepository.SuggestionRow row : rows) {
            List<Addressee> addressees = new ArrayList<>();
            for (SuggestionRepository.AddresseeRow a : to.getOrDefault(row.id(), List.of())) {
                Answer answer = answerOf(a);
                boolean done = answer == Answer.ACCEPTED && facts.computeIfAbsent(a.person(), this::facts).done(row);
                addressees.add(new Addressee(accounts.nameOf(a.person()), answer, done));
            }
            out.add(new Suggested(row.id(), row.kind(), row.target(), note(row), Instant.ofEpochMilli(row.createdAt()),
                    List.copyOf(addressees)));
        }
        return out;
    }

    // --- A partner's side -----------------------------------------------------------------------

    /** The suggestions addressed to this person by the counselor whose access stands right now, newest first. */
    public List<ForMe> forMe(PersonId person) {
        return forMe(person, links.current(person));
    }

    private List<ForMe> forMe(PersonId person, Optional<CounselorLink> current) {
        Optional<CounselorLink> link = current.filter(CounselorLink::active);
        if (link.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<SuggestionRepository.AddresseeRow>> to = byAddressee(link.get().id());
        List<ForMe> out = new ArrayList<>();
        for (SuggestionRepository.SuggestionRow row : repository.ofLink(link.get().id())) {
            List<SuggestionRepository.AddresseeRow> addressees = to.getOrDefault(row.id(), List.of());
            if (!SuggestionRules.visibleTo(person, addressees.stream().map(SuggestionRepository.AddresseeRow::person).toList())) {
                continue;
            }
            SuggestionRepository.AddresseeRow mine = addressees.stream().filter(a -> a.person().equals(person)).findFirst().orElseThrow();
            out.add(new ForMe(row.id(), link.get().counselorName(), row.kind(), row.target(), note(row),
                    Instant.ofEpochMilli(row.createdAt()), addressees.size() > 1, answerOf(mine), mine.version()));
        }
        return out;
    }

    /** The suggestions still waiting for this person's answer. */
    public List<ForMe> waitingFor(PersonId person) {
        // Asked by Today, beside the counselor's own inbox line: the link is read once for both.
        Optional<CounselorLink> link = app.kintsugi.shared.PerRequest.remember(CounselorInbox.TODAY_LINK, person, () -> links.current(person));
        return forMe(person, link).stream().filter(s -> s.answer() == Answer.WAITING).toList();
    }

    /** One suggestion addressed to this person; anything else is "not found". */
    public ForMe mine(PersonId person, UUID id) {
        return forMe(person).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(NotFoundException::new);
    }

    /**
     * Accepts a suggestion. For a questionnaire, {@code schedule} is a cadence's code to answer it on
     * that schedule (through the check-in module's own schedules) or {@link #NOW} (or nothing) to answer
     * it once. Returns where to go to do it.
     */
    @Transactional
    public String accept(PersonId person, UUID id, String schedule) {
        ForMe s = mine(person, id);
        Cadence cadence = null;
        if (s.schedulable() && schedule != null && !schedule.isBlank() && !NOW.equals(schedule.strip())) {
            cadence = Cadence.of(schedule);
            if (cadence == null) {
                throw InvalidInputException.of("schedule", "measure.cadence.invalid");
            }
        }
        answer(person, s, Answer.ACCEPTED);
        if (cadence != null) {
            measures.schedule(person, s.target(), cadence);
        }
        return pathOf(s);
    }

    /** Declines a suggestion: no reason is asked, and it is simply put aside. */
    @Transactional
    public void decline(PersonId person, UUID id) {
        answer(person, mine(person, id), Answer.DECLINED);
    }

    /** Where to go to do what was suggested. */
    public String pathOf(ForMe s) {
        if (SuggestionRules.EXERCISE.equals(s.kind())) {
            return program.exercise(s.target()).map(Exercise::doPath).orElse("/program");
        }
        return SuggestionRules.WEEKLY.equals(s.target()) ? "/check-in" : "/measures/" + s.target();
    }

    // --- For the caseload -----------------------------------------------------------------------

    /** How many answers (accepted or declined) and done suggestions of this couple came after a moment. */
    int changedSince(UUID linkId, long since) {
        int n = 0;
        for (SuggestionRepository.AddresseeRow a : repository.addressees(linkId)) {
            if (a.answeredAt() != null && a.answeredAt() > since) {
                n++;
            }
        }
        return n;
    }

    Optional<Long> lastVisit(UUID linkId, PersonId counselor) {
        return repository.lastVisit(linkId, counselor);
    }

    void visited(UUID linkId, PersonId counselor) {
        repository.visit(linkId, counselor, clock.millis());
    }

    // --- Inside ---------------------------------------------------------------------------------

    private void answer(PersonId person, ForMe s, Answer answer) {
        if (s.answer() == answer) {
            return;
        }
        if (!repository.answer(s.id(), person, answer.name().toLowerCase(Locale.ROOT), clock.millis(), s.version())) {
            throw new StaleEditException();
        }
        log.info("event=counselor_suggestion_answered suggestion={} person={} answer={}", s.id(), person, answer);
    }

    private static List<PersonId> addressees(List<PersonId> partners, String to) {
        String t = to == null ? "" : to.strip();
        if ("both".equals(t)) {
            return partners;
        }
        try {
            int place = Integer.parseInt(t);
            return place >= 1 && place <= partners.size() ? List.of(partners.get(place - 1)) : List.of();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private Map<UUID, List<SuggestionRepository.AddresseeRow>> byAddressee(UUID linkId) {
        Map<UUID, List<SuggestionRepository.AddresseeRow>> out = new HashMap<>();
        repository.addressees(linkId).forEach(a -> out.computeIfAbsent(a.suggestion(), k -> new ArrayList<>()).add(a));
        return out;
    }

    private static Answer answerOf(SuggestionRepository.AddresseeRow a) {
        return a.answer() == null ? Answer.WAITING : "accepted".equals(a.answer()) ? Answer.ACCEPTED : Answer.DECLINED;
    }

    private String note(SuggestionRepository.SuggestionRow row) {
        return row.note() == null ? null : cipher.open(row.counselor(), NOTE_KIND, row.id(), row.note());
    }

    /** What a partner did, read once per page: activity by exercise and the days questionnaires were answered. */
    private Facts facts(PersonId person) {
        ZoneId zone = accounts.zoneOf(person);
        Map<String, LocalDate> last = new HashMap<>();
        measures.list(person).forEach(m -> {
            if (m.lastAnswered() != null) {
                last.put(m.questionnaire().id(), m.lastAnswered());
            }
        });
        return new Facts(zone, progress.lastActivityByExercise(person), last);
    }

    private record Facts(ZoneId zone, Map<String, Instant> activity, Map<String, LocalDate> lastAnswered) {

        boolean done(SuggestionRepository.SuggestionRow row) {
            Instant at = Instant.ofEpochMilli(row.createdAt());
            return SuggestionRules.done(row.kind(), row.target(), true, at, at.atZone(zone).toLocalDate(), activity, lastAnswered);
        }
    }
}
