package app.kintsugi.transparency;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;
import app.kintsugi.transparency.internal.QuestionRepository;

/**
 * The question box. Either partner asks; the other answers, says when they will answer, keeps it
 * for a session with their counselor, or says honestly that they won't answer and why. Nothing is
 * silently ignored: a waiting question shows its age to both. An answer can be changed, and every
 * earlier version stays visible. The person who asked can say the answer helped, or that they still
 * have questions and ask a follow-up under it.
 */
@Service
@RequiredArgsConstructor
public class Questions {

    static final String KIND = "question";
    static final String RESPONSE_KIND = "question-response";
    /** Threads of ended spaces shown in the question box, at most. */
    private static final int ENDED_SHOWN = 200;
    private static final Logger log = LoggerFactory.getLogger(Questions.class);

    private final QuestionRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final TwoPersonEntries entries;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;
    private final PreparedDisclosures preparedDisclosures;

    /** Asks the partner in the person's space a question. */
    @Transactional
    public UUID ask(PersonId asker, String text) {
        String clean = Texts.clean(text);
        Validation v = new Validation().requiredText("text", clean, QuestionRules.MAX_QUESTION, "question.text.required");
        CoupleSpace space = entries.spaceToWriteIn(asker, v, "transparency.noPartner");
        UUID id = insert(asker, space.partnerId().orElseThrow(), space, null, clean);
        log.info("event=question_asked question={} couple={}", id, space.id());
        return id;
    }

    /**
     * Asks a question about one part of a disclosure given to the asker: it goes to the question box
     * like any other, to the disclosure's author, and says which part it is about.
     */
    @Transactional
    public UUID askAbout(PersonId asker, UUID disclosureId, String partText, String text) {
        var disclosure = preparedDisclosures.requireGivenToAsker(asker, disclosureId);
        DisclosurePart part = DisclosurePart.parse(partText).orElse(null);
        String clean = Texts.clean(text);
        Validation v = new Validation().requiredText("text", clean, QuestionRules.MAX_QUESTION, "question.text.required");
        if (part == null) {
            v.reject("part", "preparedDisclosure.part.unknown");
        }
        v.throwIfInvalid();
        CoupleSpace space = entries.liveSpace(asker).orElseThrow(NotFoundException::new);
        UUID id = insert(asker, disclosure.author(), space, null, clean, disclosure.id(), part);
        log.info("event=question_asked question={} couple={} about_disclosure={}", id, space.id(), disclosure.id());
        return id;
    }

    /**
     * The questions asked about the parts of a prepared disclosure the viewer may see; one they may not
     * see is not found, exactly like one that does not exist.
     */
    public List<QuestionView> askedAbout(PersonId viewer, UUID disclosureId) {
        preparedDisclosures.requireVisibleTo(viewer, disclosureId);
        return aboutDisclosure(viewer, disclosureId);
    }

    /** The questions of the viewer's space about one disclosure, as the viewer sees them in the question box. */
    public List<QuestionView> aboutDisclosure(PersonId viewer, UUID disclosureId) {
        Context context = new Context(viewer);
        return entries.inLiveSpace(viewer, couple -> repository.aboutDisclosure(couple, disclosureId), Questions::entry).stream()
                .filter(q -> q.asker().equals(viewer) || q.answerer().equals(viewer))
                .map(q -> view(q, context, List.of(), false, false)).toList();
    }

    /** Asks a follow-up under an answered (or declined) question, of the same person. Only its asker can. */
    @Transactional
    public UUID followUp(PersonId asker, UUID parentId, String text) {
        var parent = requireAccess(asker, parentId);
        if (!parent.asker().equals(asker)) {
            throw InvalidInputException.of("entry", "question.followUp.notYours");
        }
        if (parent.status() != QuestionStatus.ANSWERED && parent.status() != QuestionStatus.DECLINED) {
            throw InvalidInputException.of("entry", "question.followUp.notYet");
        }
        String clean = Texts.clean(text);
        new Validation().requiredText("text", clean, QuestionRules.MAX_QUESTION, "question.text.required").throwIfInvalid();
        CoupleSpace space = entries.liveSpace(asker).orElseThrow(NotFoundException::new);
        UUID id = insert(asker, parent.answerer(), space, parent, clean);
        log.info("event=question_follow_up question={} parent={}", id, parentId);
        return id;
    }

    /**
     * The person asked responds: an answer, "I need time" with a date (not in the past, within
     * {@value QuestionRules#MAX_WAIT_DAYS} days), "with our counselor", or "I won't answer" with a reason.
     * A question already answered is refused (its answer can be changed instead).
     */
    @Transactional
    public void respond(PersonId answerer, UUID id, long expectedVersion, String kindText, String text, String answerByText) {
        var row = requireAccess(answerer, id);
        if (!row.answerer().equals(answerer)) {
            throw InvalidInputException.of("entry", "question.respond.notForYou", name(row.answerer()));
        }
        ResponseKind kind = parse(kindText);
        QuestionRules.refusal(row.status(), kind).ifPresent(code -> {
            throw InvalidInputException.of(code.equals("question.respond.alreadyAnswered") ? "entry" : "kind", code);
        });
        String clean = Texts.clean(text);
        Validation v = new Validation();
        LocalDate answerBy = null;
        switch (kind) {
            case ANSWER -> v.requiredText("text", clean, Validation.MAX_TEXT, "question.answer.required");
            case DECLINE -> v.requiredText("text", clean, QuestionRules.MAX_NOTE, "question.reason.required");
            case COUNSELOR -> v.optionalText("text", clean, QuestionRules.MAX_NOTE);
            case NEED_TIME -> {
                v.optionalText("text", clean, QuestionRules.MAX_NOTE);
                answerBy = Texts.day(answerByText);
                if (answerBy == null && Texts.clean(answerByText) != null) {
                    v.reject("answerBy", "question.answerBy.invalid");
                } else {
                    QuestionRules.answerByProblem(answerBy, accounts.today(answerer))
                            .ifPresent(code -> v.reject("answerBy", code, QuestionRules.MAX_WAIT_DAYS));
                }
            }
        }
        v.throwIfInvalid();
        if (row.version() != expectedVersion) {
            throw new StaleEditException();
        }
        long now = clock.millis();
        if (!repository.respond(id, expectedVersion, kind.leadsTo(), answerBy, now)) {
            throw new StaleEditException();
        }
        insertResponse(answerer, id, kind, clean, answerBy, (int) expectedVersion + 1, now);
        progress.noteDone(answerer, TransparencyExercises.QUESTIONS);
        log.info("event=question_{} question={}", kind.name().toLowerCase(Locale.ROOT), id);
    }

    /** Changes an answer. The earlier version stays, visible to both; the asker's "this helped" is cleared. */
    @Transactional
    public void changeAnswer(PersonId answerer, UUID id, long expectedVersion, String text) {
        var row = requireAccess(answerer, id);
        if (!row.answerer().equals(answerer)) {
            throw InvalidInputException.of("entry", "question.respond.notForYou", name(row.answerer()));
        }
        if (row.status() != QuestionStatus.ANSWERED) {
            throw InvalidInputException.of("entry", "question.change.notAnswered");
        }
        String clean = Texts.clean(text);
        new Validation().requiredText("text", clean, Validation.MAX_TEXT, "question.answer.required").throwIfInvalid();
        long now = clock.millis();
        if (row.version() != expectedVersion || !repository.respond(id, expectedVersion, QuestionStatus.ANSWERED, null, now)) {
            throw new StaleEditException();
        }
        insertResponse(answerer, id, ResponseKind.ANSWER, clean, null, (int) expectedVersion + 1, now);
        log.info("event=question_answer_changed question={}", id);
    }

    /** The person who asked says whether the answer helped. */
    @Transactional
    public void feedback(PersonId asker, UUID id, long expectedVersion, Feedback feedback) {
        var row = requireAccess(asker, id);
        if (!row.asker().equals(asker)) {
            throw InvalidInputException.of("entry", "question.feedback.notYours");
        }
        if (row.status() != QuestionStatus.ANSWERED) {
            throw InvalidInputException.of("entry", "question.feedback.notAnswered");
        }
        if (feedback == null) {
            throw InvalidInputException.of("entry", "question.feedback.required");
        }
        if (row.version() != expectedVersion || !repository.feedback(id, expectedVersion, feedback, clock.millis())) {
            throw new StaleEditException();
        }
        log.info("event=question_feedback question={} feedback={}", id, feedback);
    }

    /** A question's thread, opened: what the viewer asked is marked as seen. */
    @Transactional
    public QuestionThread open(PersonId viewer, UUID id) {
        QuestionThread thread = thread(viewer, id);
        repository.markSeen(thread.first().threadId(), viewer, clock.millis());
        return thread;
    }

    /** The thread a question belongs to, with every response. */
    public QuestionThread thread(PersonId viewer, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        UUID root = row.threadId();
        List<QuestionRepository.ResponseRow> written = repository.responsesInThread(root);
        Access access = entries.require(viewer, entry(row),
                () -> written.stream().anyMatch(r -> r.author().equals(viewer)));
        boolean ended = access == Access.FORMER;
        Map<UUID, List<QuestionView.Response>> responses = new HashMap<>();
        for (var r : written) {
            if (ended && !r.author().equals(viewer)) {
                continue;
            }
            responses.computeIfAbsent(r.question(), k -> new ArrayList<>()).add(new QuestionView.Response(r.id(), r.kind(),
                    r.content() == null ? null : cipher.open(r.author(), RESPONSE_KIND, r.id(), r.content()), r.answerBy(),
                    Instant.ofEpochMilli(r.createdAt())));
        }
        Context context = new Context(viewer);
        List<QuestionView> views = repository.thread(root).stream()
                .map(q -> view(q, context, responses.getOrDefault(q.id(), List.of()), false, ended)).toList();
        return new QuestionThread(views.get(0), views.subList(1, views.size()));
    }

    /** Every question of the viewer's current space, sorted for the question box. */
    public QuestionBox box(PersonId viewer) {
        List<QuestionView> all = inMySpace(viewer);
        Comparator<QuestionView> oldestFirst = Comparator.comparing(QuestionView::askedAt);
        return new QuestionBox(
                all.stream().filter(q -> q.forMe() && q.status().waiting()).sorted(oldestFirst).toList(),
                all.stream().filter(q -> q.askedByMe() && q.status().waiting()).sorted(oldestFirst).toList(),
                all.stream().filter(q -> !q.status().waiting() && !q.followUp())
                        .sorted(Comparator.comparing(QuestionView::askedAt).reversed()).toList(),
                fromEndedSpaces(viewer));
    }

    /**
     * The threads of spaces that have ended which the viewer started or responded in, newest first:
     * what they wrote stays theirs to read (decision 0028), the other's words are left out.
     */
    private List<QuestionView> fromEndedSpaces(PersonId viewer) {
        List<QuestionRepository.Row> rows = repository.threadsInvolving(viewer, ENDED_SHOWN).stream()
                .filter(q -> entries.spaceEnded(entry(q))).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Set<UUID> responded = repository.threadsRespondedBy(viewer);
        Context context = new Context(viewer);
        return rows.stream()
                .filter(q -> q.asker().equals(viewer) || responded.contains(q.id()))
                .map(q -> view(q, context, List.of(), false, true))
                .toList();
    }

    /** Questions asked of this person that they have not responded to at all. Nothing is decrypted. */
    public List<Notice> newForMe(PersonId person) {
        return notices(person, couple -> repository.openFor(couple, person), q -> q.asker());
    }

    /** Questions this person promised to answer by a date that has come. Nothing is decrypted. */
    public List<Notice> promisedForToday(PersonId person) {
        return notices(person, couple -> repository.promisedBy(couple, person, accounts.today(person)), q -> q.asker());
    }

    /** This person's questions with a response they have not seen yet. Nothing is decrypted. */
    public List<Notice> withNews(PersonId person) {
        return notices(person, couple -> repository.withNewResponses(couple, person), q -> q.answerer());
    }

    /** Questions this person asked that still wait for an answer, with where each stands. Nothing is decrypted. */
    public List<Waiting> askedAndWaiting(PersonId person) {
        Map<PersonId, String> names = new HashMap<>();
        return entries.inLiveSpace(person, couple -> repository.askedWaiting(couple, person), Questions::entry).stream()
                .map(q -> new Waiting(q.id(), q.threadId(), names.computeIfAbsent(q.answerer(), this::name), q.status(),
                        q.answerBy()))
                .toList();
    }

    /** A question that waits: where it stands, and the day the answerer named if they asked for time. */
    public record Waiting(UUID id, UUID threadId, String otherName, QuestionStatus status, java.time.LocalDate answerBy) {
    }

    /** A question the dashboard mentions: where it is and the name of the other partner. */
    public record Notice(UUID id, UUID threadId, String otherName) {
    }

    /** Questions of the viewer's space by when they were first answered, newest first, at most {@code limit}. */
    public List<Answered> answeredInMySpace(PersonId viewer, int limit) {
        return entries.inLiveSpace(viewer, couple -> repository.answered(couple, limit), Questions::entry).stream()
                .map(q -> new Answered(q.threadId(), q.id(), q.answerer().equals(viewer), name(q.answerer()), name(q.asker()),
                        open(q), Instant.ofEpochMilli(q.answeredAt())))
                .toList();
    }

    /** A question answered, for the accountability timeline. */
    public record Answered(UUID threadId, UUID id, boolean byMe, String answererName, String askerName, String question,
            Instant answeredAt) {
    }

    // --- Inside ---------------------------------------------------------------------------------

    private List<QuestionView> inMySpace(PersonId viewer) {
        Map<UUID, Long> latest = new HashMap<>();
        List<QuestionRepository.Row> rows = entries.inLiveSpace(viewer, couple -> {
            repository.latestResponses(couple).forEach(r -> latest.put((UUID) r[0], (Long) r[1]));
            return repository.inCouple(couple);
        }, Questions::entry);
        Context context = new Context(viewer);
        return rows.stream()
                .map(q -> view(q, context, List.of(), q.asker().equals(viewer) && latest.getOrDefault(q.id(), 0L) > q.askerSeenAt(),
                        false))
                .toList();
    }

    private List<Notice> notices(PersonId person,
            java.util.function.Function<app.kintsugi.couple.CoupleId, List<QuestionRepository.Row>> query,
            java.util.function.Function<QuestionRepository.Row, PersonId> other) {
        Map<PersonId, String> names = new HashMap<>();
        return entries.inLiveSpace(person, query, Questions::entry).stream()
                .map(q -> new Notice(q.id(), q.threadId(), names.computeIfAbsent(other.apply(q), this::name))).toList();
    }

    private UUID insert(PersonId asker, PersonId answerer, CoupleSpace space, QuestionRepository.Row parent, String text) {
        return insert(asker, answerer, space, parent, text, null, null);
    }

    private UUID insert(PersonId asker, PersonId answerer, CoupleSpace space, QuestionRepository.Row parent, String text,
            UUID disclosure, DisclosurePart about) {
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        repository.insert(new QuestionRepository.Row(id, space.id(), asker, answerer, parent == null ? null : parent.threadId(),
                parent == null ? null : parent.id(), cipher.seal(asker, KIND, id, text), QuestionStatus.OPEN, null, null, now, null,
                now, now, 0, disclosure, about));
        progress.noteDone(asker, TransparencyExercises.QUESTIONS);
        return id;
    }

    /** A response, placed by the version of the question it made, so the order never depends on the clock. */
    private void insertResponse(PersonId author, UUID question, ResponseKind kind, String text, LocalDate answerBy, int position,
            long now) {
        UUID id = UUID.randomUUID();
        repository.insertResponse(new QuestionRepository.ResponseRow(id, question, author, kind,
                text == null ? null : cipher.seal(author, RESPONSE_KIND, id, text), answerBy, position, now));
    }

    /**
     * The question, for writing in it: only by one of the two partners it is between, and only while
     * their space lasts; otherwise not found.
     */
    private QuestionRepository.Row requireAccess(PersonId viewer, UUID id) {
        return entries.requireWhileBothIn(viewer, repository.find(id), Questions::entry);
    }

    /** The share kind of a person's responses to one question, apart from the question (decision 0045). */
    static final String ANSWER_SHARE_KIND = "question-answer";

    /**
     * One side of a question, as its writer can show it to a counselor: the asker's words and where
     * the question stands, or the answerer's responses, never the other's words.
     */
    record Side(UUID question, PersonId writer, QuestionStatus status, String questionText, List<QuestionView.Response> responses,
            java.time.Instant at) {

        @Override
        public String toString() {
            return "Side[" + question + "]";
        }
    }

    /** The questions this person asked in their current space, newest first, as they can show them. */
    List<Side> askedBy(PersonId asker) {
        return entries.liveSpace(asker).map(space -> repository.inCouple(space.id()).stream()
                .filter(q -> q.asker().equals(asker))
                .map(q -> new Side(q.id(), asker, q.status(), open(q), List.of(), Instant.ofEpochMilli(q.askedAt())))
                .toList()).orElse(List.of());
    }

    /** The questions this person responded to in their current space, newest first, with their responses only. */
    List<Side> answeredBy(PersonId answerer) {
        return entries.liveSpace(answerer).map(space -> repository.inCouple(space.id()).stream()
                .filter(q -> q.answerer().equals(answerer) && q.status() != QuestionStatus.OPEN)
                .map(q -> new Side(q.id(), answerer, q.status(), null, List.of(), Instant.ofEpochMilli(
                        q.answeredAt() == null ? q.updatedAt() : q.answeredAt())))
                .toList()).orElse(List.of());
    }

    /** The asker's side of a question, for its asker or a counselor it is shown to; empty otherwise. */
    Optional<Side> askedSide(PersonId viewer, UUID id) {
        return repository.find(id).filter(q -> policy.accessOf(viewer, ref(q)).filter(a -> a == Access.AUTHOR || a == Access.COUNSELOR)
                .isPresent()).map(q -> new Side(q.id(), q.asker(), q.status(), open(q), List.of(), Instant.ofEpochMilli(q.askedAt())));
    }

    /** The answerer's side of a question, for its answerer or a counselor they show it to; empty otherwise. */
    Optional<Side> answeredSide(PersonId viewer, UUID id) {
        return repository.find(id).filter(q -> q.status() != QuestionStatus.OPEN)
                .filter(q -> policy.accessOf(viewer, new EntryRef(ANSWER_SHARE_KIND, q.id(), q.answerer(), Visibility.PRIVATE, q.couple()))
                        .isPresent())
                .map(q -> new Side(q.id(), q.answerer(), q.status(), null, repository.responsesInThread(q.threadId()).stream()
                        .filter(r -> r.question().equals(q.id()) && r.author().equals(q.answerer()))
                        .map(r -> new QuestionView.Response(r.id(), r.kind(),
                                r.content() == null ? null : cipher.open(r.author(), RESPONSE_KIND, r.id(), r.content()), r.answerBy(),
                                Instant.ofEpochMilli(r.createdAt())))
                        .toList(), Instant.ofEpochMilli(q.answeredAt() == null ? q.updatedAt() : q.answeredAt())));
    }

    private static EntryRef ref(QuestionRepository.Row row) {
        return entry(row).entry();
    }

    /** A question is between the one who asked it and the one asked. */
    private static TwoPersonEntry entry(QuestionRepository.Row row) {
        return TwoPersonEntry.between(KIND, row.id(), row.asker(), row.answerer(), row.couple());
    }

    /** Names and calendars looked up once per page, not once per question. */
    private final class Context {
        final PersonId viewer;
        final ZoneId zone;
        final LocalDate today;
        final Map<PersonId, String> names = new HashMap<>();
        final Map<PersonId, LocalDate> todays = new HashMap<>();

        Context(PersonId viewer) {
            this.viewer = viewer;
            this.zone = accounts.zoneOf(viewer);
            this.today = LocalDate.now(clock.withZone(zone));
        }

        String name(PersonId person) {
            return names.computeIfAbsent(person, Questions.this::name);
        }

        LocalDate todayOf(PersonId person) {
            return todays.computeIfAbsent(person, accounts::today);
        }
    }

    private QuestionView view(QuestionRepository.Row q, Context c, List<QuestionView.Response> responses, boolean news,
            boolean ended) {
        LocalDate asked = Instant.ofEpochMilli(q.askedAt()).atZone(c.zone).toLocalDate();
        boolean passed = q.status() == QuestionStatus.NEED_TIME && q.answerBy() != null
                && q.answerBy().isBefore(c.todayOf(q.answerer()));
        return new QuestionView(q.id(), q.threadId(), q.root() != null, c.name(q.asker()), q.asker().equals(c.viewer),
                c.name(q.answerer()), q.answerer().equals(c.viewer), ended && !q.asker().equals(c.viewer) ? null : open(q), q.status(),
                q.answerBy(), passed, q.feedback(), Instant.ofEpochMilli(q.askedAt()), QuestionRules.age(asked, c.today),
                q.answeredAt() == null ? null : Instant.ofEpochMilli(q.answeredAt()), q.version(), news, List.copyOf(responses), ended,
                q.disclosure(), q.about());
    }

    private String open(QuestionRepository.Row q) {
        return cipher.open(q.asker(), KIND, q.id(), q.content());
    }

    private static ResponseKind parse(String kind) {
        try {
            return kind == null ? null : ResponseKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }
}
