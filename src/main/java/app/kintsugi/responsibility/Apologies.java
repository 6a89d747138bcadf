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

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.responsibility.internal.ApologyRepository;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Apologies: drafts private to their author until sent; a sent apology is read by the partner it
 * was sent to, who may answer (or not: nothing ever asks them to). Sent apologies never change; a
 * later one is a new apology, and earlier ones stay.
 */
@Service
@RequiredArgsConstructor
public class Apologies {

    static final String KIND = "apology";
    static final String ANSWER_KIND = "apology-answer";
    private static final Logger log = LoggerFactory.getLogger(Apologies.class);

    private final ApologyRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final TwoPersonEntries entries;
    private final AuditLog audit;
    private final Couples couples;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;

    /** The builder is for the partner who broke trust and for "both"; someone who has not chosen a role yet may draft too. */
    public boolean mayWrite(PersonId person) {
        Role role = couples.current(person).map(s -> s.me().role()).orElse(null);
        return role != Role.HURT_PARTNER;
    }

    public void check(String text) {
        Validation v = new Validation();
        v.requiredText("text", Texts.clean(text), Validation.MAX_TEXT, "apology.text.required");
        v.throwIfInvalid();
    }

    @Transactional
    public UUID createDraft(PersonId author, String text) {
        requireWriter(author);
        check(text);
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        repository.insert(new ApologyRepository.Row(id, author, null, ApologyStatus.DRAFT,
                cipher.seal(author, KIND, id, Texts.clean(text)), now, now, null, 0));
        progress.noteActivity(author, ResponsibilityExercises.APOLOGY);
        log.info("event=apology_drafted apology={} author={}", id, author);
        return id;
    }

    @Transactional
    public void updateDraft(PersonId author, UUID id, long expectedVersion, String text) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        check(text);
        if (row.status() != ApologyStatus.DRAFT) {
            throw InvalidInputException.of("text", "apology.alreadySent");
        }
        if (!repository.updateDraft(id, author, expectedVersion, cipher.seal(author, KIND, id, Texts.clean(text)), clock.millis())) {
            throw new StaleEditException();
        }
    }

    /** Sends a draft to the partner in the author's space. Needs a partner there. */
    @Transactional
    public void send(PersonId author, UUID id, long expectedVersion) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        if (row.status() != ApologyStatus.DRAFT) {
            return;
        }
        CoupleId space = couples.spaceWithPartner(author)
                .orElseThrow(() -> InvalidInputException.of("send", "apology.send.noPartner"));
        if (!repository.send(id, space, expectedVersion, clock.millis())) {
            throw new StaleEditException();
        }
        audit.visibilityChanged(author, KIND, id, Visibility.PRIVATE, Visibility.PARTNER);
        progress.noteDone(author, ResponsibilityExercises.APOLOGY);
        log.info("event=apology_sent apology={} couple={}", id, space);
    }

    @Transactional
    public void deleteDraft(PersonId author, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, ref(row));
        if (!repository.deleteDraft(id)) {
            throw InvalidInputException.of("text", "apology.alreadySent");
        }
        audit.record(author, "DELETED", KIND, id, null);
    }

    /**
     * The partner's answer to a sent apology: heard, partly, or not yet, with an optional note that is
     * private to them or shared with the sender. Only the person it was sent to may answer; they may
     * change their answer later.
     */
    @Transactional
    public void answer(PersonId viewer, UUID id, Answer answer, String note, Visibility noteVisibility) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        Access access = policy.require(viewer, ref(row));
        if (access != Access.PARTNER) {
            // The author cannot answer their own apology; to them this answer form does not exist.
            throw new NotFoundException();
        }
        Validation v = new Validation();
        if (answer == null) {
            v.reject("answer", "apology.answer.required");
        }
        if (noteVisibility != Visibility.PRIVATE && noteVisibility != Visibility.PARTNER) {
            v.reject("noteVisibility", "apology.noteVisibility.invalid");
        }
        v.optionalText("note", note, Validation.MAX_TEXT);
        v.throwIfInvalid();
        String clean = Texts.clean(note);
        byte[] sealed = cipher.sealOrNull(viewer, ANSWER_KIND, id, clean);
        repository.saveAnswer(id, viewer, answer, sealed, noteVisibility, clock.millis());
        log.info("event=apology_answered apology={} answer={}", id, answer);
    }

    /** An apology as this viewer may see it; anything else does not exist for them. */
    public ApologyView read(PersonId viewer, UUID id) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        if (policy.accessOf(viewer, ref(row)).isEmpty() && answeredInEndedSpace(row, viewer)) {
            return formerView(row, viewer);
        }
        Access access = policy.require(viewer, ref(row));
        return view(row, viewer, access == Access.AUTHOR);
    }

    /**
     * Apologies the viewer answered in a space that has ended: their answer stays theirs to read,
     * the apology's words stay with the one who wrote them (decision 28).
     */
    public List<ApologyView> answeredInEndedSpaces(PersonId viewer) {
        return repository.answeredBy(viewer).stream()
                .filter(r -> policy.accessOf(viewer, ref(r)).isEmpty() && answeredInEndedSpace(r, viewer))
                .map(r -> formerView(r, viewer))
                .toList();
    }

    private boolean answeredInEndedSpace(ApologyRepository.Row row, PersonId viewer) {
        return row.status() == ApologyStatus.SENT && !row.author().equals(viewer)
                && repository.answer(row.id()).filter(a -> a.answerer().equals(viewer)).isPresent()
                && entries.spaceEnded(new TwoPersonEntry(ref(row), viewer));
    }

    private ApologyView formerView(ApologyRepository.Row row, PersonId viewer) {
        ApologyView full = view(row, viewer, false);
        return new ApologyView(full.id(), full.author(), full.authorName(), false, full.status(), null, full.createdAt(),
                full.sentAt(), full.version(), full.answer(), true);
    }

    /** The partner opens a sent apology: from now on the dashboard no longer points at it. */
    @Transactional
    public ApologyView open(PersonId viewer, UUID id) {
        ApologyView view = read(viewer, id);
        if (!view.mine() && !view.ended() && view.status() == ApologyStatus.SENT) {
            repository.markSeen(id, clock.millis());
        }
        if (view.mine() && view.answer().isPresent()) {
            repository.markAnswerSeen(id, clock.millis());
        }
        return view;
    }

    /** The author's sent apologies the partner answered since the author last looked. Nothing is decrypted. */
    public List<UUID> answeredUnseen(PersonId author) {
        return sentStates(author).stream().filter(ApologyRepository.SentState::answered).map(ApologyRepository.SentState::id).toList();
    }

    /** The author's sent apologies with no answer (none is needed). Nothing is decrypted. */
    public List<UUID> sentUnanswered(PersonId author) {
        return sentStates(author).stream().filter(s -> !s.answered()).map(ApologyRepository.SentState::id).toList();
    }

    private List<ApologyRepository.SentState> sentStates(PersonId author) {
        return app.kintsugi.shared.PerRequest.remember("responsibility.sentStates", author, () -> couples.spaceWithPartner(author)
                .map(couple -> repository.sentStates(couple, author)).orElse(List.of()));
    }

    /**
     * Ids of the apologies from the current partner that the viewer has not opened yet, for Today,
     * which only says that one came: nothing is decrypted.
     */
    public List<UUID> unopenedIds(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        return repository.unseenFrom(space.get().id(), space.get().partnerId().get());
    }

    public List<ApologyView> mine(PersonId author) {
        return views(repository.byAuthor(author), author, true);
    }

    /** Apologies the viewer's current partner sent them, newest first. */
    public List<ApologyView> received(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        return views(repository.sentInCouple(space.get().id(), space.get().partnerId().get()).stream()
                .filter(r -> policy.accessOf(viewer, ref(r)).isPresent())
                .toList(), viewer, false);
    }

    private void requireWriter(PersonId person) {
        if (!mayWrite(person)) {
            throw new NotFoundException();
        }
    }

    /** Views of several apologies, their answers read in one query. */
    private List<ApologyView> views(List<ApologyRepository.Row> rows, PersonId viewer, boolean mine) {
        java.util.Map<UUID, ApologyRepository.AnswerRow> answers = repository.answers(rows.stream().map(ApologyRepository.Row::id).toList());
        return rows.stream().map(r -> view(r, viewer, mine, Optional.ofNullable(answers.get(r.id())))).toList();
    }

    private ApologyView view(ApologyRepository.Row row, PersonId viewer, boolean mine) {
        return view(row, viewer, mine, repository.answer(row.id()));
    }

    private ApologyView view(ApologyRepository.Row row, PersonId viewer, boolean mine, Optional<ApologyRepository.AnswerRow> answerRow) {
        boolean ended = !mine && policy.accessOf(viewer, ref(row)).isEmpty();
        String text = ended ? null : cipher.open(row.author(), KIND, row.id(), row.content());
        String authorName = accounts.nameOf(row.author());
        Optional<ApologyView.AnswerView> answer = answerRow.map(a -> {
            // The answerer's note was shared within the space: once it has ended, only its writer reads it (decision 0028).
            boolean mayReadNote = a.answerer().equals(viewer)
                    || (a.noteVisibility() == Visibility.PARTNER && !entries.spaceEnded(new TwoPersonEntry(ref(row), a.answerer())));
            Optional<String> note = a.note() == null || !mayReadNote ? Optional.empty()
                    : Optional.of(cipher.open(a.answerer(), ANSWER_KIND, row.id(), a.note()));
            return new ApologyView.AnswerView(a.answer(), note, a.noteVisibility(), Instant.ofEpochMilli(a.answeredAt()));
        });
        return new ApologyView(row.id(), row.author(), authorName, mine, row.status(), text,
                Instant.ofEpochMilli(row.createdAt()), Optional.ofNullable(row.sentAt()).map(Instant::ofEpochMilli),
                row.version(), answer, ended);
    }

    /**
     * The apologies this person sent, for them to choose what to show a counselor: sent only, newest
     * first. Each carries its words and nothing of the answer, which is the other person's to show.
     */
    List<ApologyView> sentBy(PersonId author) {
        return mine(author).stream().filter(v -> v.status() == ApologyStatus.SENT).toList();
    }

    /**
     * An apology's words as this viewer may read them (its author, or a counselor it is shown to),
     * without the answer; empty otherwise. The refusal is not logged here: the caller says not found.
     */
    Optional<ApologyView> wordsFor(PersonId viewer, UUID id) {
        return repository.find(id).filter(r -> r.status() == ApologyStatus.SENT)
                .filter(r -> policy.accessOf(viewer, ref(r)).isPresent())
                .map(r -> {
                    ApologyView v = view(r, viewer, r.author().equals(viewer), Optional.empty());
                    return new ApologyView(v.id(), v.author(), v.authorName(), v.mine(), v.status(),
                            cipher.open(r.author(), KIND, r.id(), r.content()), v.createdAt(), v.sentAt(), v.version(),
                            Optional.empty(), false);
                });
    }

    /** The apologies this person answered while they are still in that space, newest first: their answers, to show a counselor. */
    List<AnswerShown> answersBy(PersonId answerer) {
        return repository.answeredBy(answerer).stream()
                .flatMap(r -> repository.answer(r.id()).filter(a -> a.answerer().equals(answerer)).stream()
                        .map(a -> answerShown(r, a, answerer)))
                .toList();
    }

    /**
     * One answer as this viewer may read it: its writer, or a counselor its writer shows it to; the
     * note goes with it whether it was kept private or shared, since its writer chose to show it. The
     * apology's words are never part of it.
     */
    Optional<AnswerShown> answerFor(PersonId viewer, UUID apology) {
        return repository.find(apology).flatMap(r -> repository.answer(r.id()).filter(a -> policy.accessOf(viewer,
                new EntryRef(ANSWER_KIND, r.id(), a.answerer(), Visibility.PRIVATE, r.couple())).isPresent())
                .map(a -> answerShown(r, a, a.answerer())));
    }

    private AnswerShown answerShown(ApologyRepository.Row r, ApologyRepository.AnswerRow a, PersonId answerer) {
        return new AnswerShown(r.id(), answerer, a.answer(),
                cipher.openOrNull(answerer, ANSWER_KIND, r.id(), a.note()), Instant.ofEpochMilli(a.answeredAt()));
    }

    /** A person's answer to an apology, apart from the apology. */
    record AnswerShown(UUID apology, PersonId answerer, Answer answer, String note, Instant at) {

        @Override
        public String toString() {
            return "AnswerShown[" + apology + "]";
        }
    }

    /** A draft is private; a sent apology is shared with the partner of the space it was sent in. */
    private static EntryRef ref(ApologyRepository.Row row) {
        Visibility visibility = row.status() == ApologyStatus.SENT ? Visibility.PARTNER : Visibility.PRIVATE;
        return new EntryRef(KIND, row.id(), row.author(), visibility, row.couple());
    }
}
