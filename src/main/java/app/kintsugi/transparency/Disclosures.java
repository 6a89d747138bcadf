package app.kintsugi.transparency;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;
import app.kintsugi.transparency.internal.DisclosureRepository;

/**
 * The sharing log: "I want you to know…", told before it was asked for. The partner acknowledges
 * it, with a note if they want. What was shared does not change afterwards: it is a record.
 */
@Service
@RequiredArgsConstructor
public class Disclosures {

    static final String KIND = "disclosure";
    static final String ACK_KIND = "disclosure-ack";
    /** The newest entries the sharing log shows; older ones are on the accountability timeline. */
    public static final int SHOWN = 200;
    private static final Logger log = LoggerFactory.getLogger(Disclosures.class);

    private final DisclosureRepository repository;
    private final ContentCipher cipher;
    private final TwoPersonEntries entries;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;

    @Transactional
    public UUID share(PersonId author, String text) {
        String clean = Texts.clean(text);
        Validation v = new Validation().requiredText("text", clean, Validation.MAX_TEXT, "disclosure.text.required");
        CoupleSpace space = entries.spaceToWriteIn(author, v, "transparency.noPartner");
        UUID id = UUID.randomUUID();
        repository.insert(new DisclosureRepository.Row(id, space.id(), author, space.partnerId().orElseThrow(),
                cipher.seal(author, KIND, id, clean), clock.millis(), null, null));
        progress.noteDone(author, TransparencyExercises.SHARING);
        log.info("event=disclosure_shared disclosure={} couple={}", id, space.id());
        return id;
    }

    /** The partner acknowledges what was shared, once, with an optional note. */
    @Transactional
    public void acknowledge(PersonId partner, UUID id, String note) {
        var row = requireAccess(partner, id);
        if (!row.partner().equals(partner)) {
            throw InvalidInputException.of("entry", "disclosure.ack.yours", name(row.partner()));
        }
        String clean = Texts.clean(note);
        new Validation().optionalText("note", clean, QuestionRules.MAX_NOTE).throwIfInvalid();
        byte[] sealed = clean == null ? null : cipher.seal(partner, ACK_KIND, id, clean);
        if (!repository.acknowledge(id, sealed, clock.millis())) {
            throw InvalidInputException.of("entry", "disclosure.ack.already");
        }
        progress.noteDone(partner, TransparencyExercises.SHARING);
        log.info("event=disclosure_acknowledged disclosure={}", id);
    }

    public DisclosureView read(PersonId viewer, UUID id) {
        return view(requireAccess(viewer, id), viewer, new HashMap<>());
    }

    /** The sharing log of the viewer's current space, newest first. */
    public List<DisclosureView> log(PersonId viewer) {
        return inMySpace(viewer, SHOWN);
    }

    /** At most {@code limit} of the newest disclosures of the viewer's current space. */
    public List<DisclosureView> inMySpace(PersonId viewer, int limit) {
        Map<PersonId, String> names = new HashMap<>();
        return entries.inLiveSpace(viewer, couple -> repository.inCouple(couple, limit), Disclosures::entry).stream()
                .map(r -> view(r, viewer, names)).toList();
    }

    /**
     * From spaces that have ended: what the viewer shared, and the notes they wrote acknowledging what
     * was shared with them, newest first; the other's words are left out (decision 0028).
     */
    public List<DisclosureView> fromEndedSpaces(PersonId viewer) {
        Map<PersonId, String> names = new HashMap<>();
        return repository.involving(viewer, SHOWN).stream()
                .filter(r -> entries.spaceEnded(entry(r)))
                .map(r -> view(r, viewer, names, true)).toList();
    }

    /** What the partner shared that this person has not acknowledged yet. */
    public List<DisclosureView> awaitingMyAcknowledgement(PersonId person) {
        Map<PersonId, String> names = new HashMap<>();
        return entries.inLiveSpace(person, couple -> repository.unacknowledgedFor(couple, person), Disclosures::entry).stream()
                .map(r -> view(r, person, names)).toList();
    }

    private DisclosureRepository.Row requireAccess(PersonId viewer, UUID id) {
        return entries.requireWhileBothIn(viewer, repository.find(id), Disclosures::entry);
    }

    private DisclosureView view(DisclosureRepository.Row r, PersonId viewer, Map<PersonId, String> names) {
        return view(r, viewer, names, false);
    }

    private DisclosureView view(DisclosureRepository.Row r, PersonId viewer, Map<PersonId, String> names, boolean ended) {
        boolean mine = r.author().equals(viewer);
        return new DisclosureView(r.id(), names.computeIfAbsent(r.author(), this::name), mine,
                names.computeIfAbsent(r.partner(), this::name),
                ended && !mine ? null : cipher.open(r.author(), KIND, r.id(), r.content()),
                Instant.ofEpochMilli(r.createdAt()), r.ackAt() == null ? null : Instant.ofEpochMilli(r.ackAt()),
                r.ackNote() == null || (ended && mine) ? null : cipher.open(r.partner(), ACK_KIND, r.id(), r.ackNote()), ended);
    }

    /** What was shared is between the one who shared it and the partner told. */
    private static TwoPersonEntry entry(DisclosureRepository.Row r) {
        return TwoPersonEntry.between(KIND, r.id(), r.author(), r.partner(), r.couple());
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }
}
