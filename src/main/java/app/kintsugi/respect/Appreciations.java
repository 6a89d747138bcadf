package app.kintsugi.respect;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.TwoPersonEntry;
import app.kintsugi.program.Progress;
import app.kintsugi.respect.internal.AppreciationRepository;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Appreciations: a few words sent to the partner about something they did that was valued. Sent is
 * sent: an appreciation does not change afterwards. The partner sees it on their dashboard until
 * they open their appreciations; nobody is ever asked to send one back.
 */
@Service
@RequiredArgsConstructor
public class Appreciations {

    static final String KIND = "appreciation";
    public static final int MAX_TEXT = 1_000;
    /** The newest appreciations the page lists. */
    public static final int SHOWN = 200;
    private static final Logger log = LoggerFactory.getLogger(Appreciations.class);

    private final AppreciationRepository repository;
    private final ContentCipher cipher;
    private final TwoPersonEntries entries;
    private final Accounts accounts;
    private final Progress progress;
    private final WeeklyPrompts prompts;
    private final Clock clock;

    /** Sends an appreciation to the partner in the person's space. */
    @Transactional
    public UUID send(PersonId author, String text) {
        String clean = Texts.clean(text);
        Validation v = new Validation().requiredText("text", clean, MAX_TEXT, "appreciation.text.required");
        CoupleSpace space = entries.spaceToWriteIn(author, v, "respect.noPartner");
        UUID id = UUID.randomUUID();
        repository.insert(new AppreciationRepository.Row(id, space.id(), author, space.partnerId().orElseThrow(),
                cipher.seal(author, KIND, id, clean), clock.millis(), null));
        progress.noteDone(author, RespectExercises.APPRECIATIONS);
        log.info("event=appreciation_sent appreciation={} couple={}", id, space.id());
        return id;
    }

    /** The viewer's appreciations, opened: what was sent to them counts as seen from now on. */
    @Transactional
    public AppreciationsPage open(PersonId viewer) {
        AppreciationsPage page = overview(viewer);
        // Opening marks everything sent so far as seen at once, so nothing unseen hides behind the newest shown.
        if (page.received().stream().anyMatch(AppreciationView::fresh)) {
            entries.liveSpace(viewer).ifPresent(space -> repository.markSeen(space.id(), viewer, clock.millis()));
        }
        return page;
    }

    /** Received and sent appreciations of the viewer's current space, newest first. */
    public AppreciationsPage overview(PersonId viewer) {
        Map<PersonId, String> names = new HashMap<>();
        List<AppreciationView> all = entries.inLiveSpace(viewer, couple -> repository.inCouple(couple, SHOWN), Appreciations::entry)
                .stream()
                .map(r -> new AppreciationView(r.id(), r.author().equals(viewer), names.computeIfAbsent(r.author(), this::name),
                        names.computeIfAbsent(r.partner(), this::name), cipher.open(r.author(), KIND, r.id(), r.content()),
                        Instant.ofEpochMilli(r.createdAt()), r.partner().equals(viewer) && r.seenAt() == null))
                .toList();
        return new AppreciationsPage(all.stream().filter(a -> !a.mine()).toList(), all.stream().filter(AppreciationView::mine).toList(),
                fromEndedSpaces(viewer));
    }

    /** What the viewer sent in spaces that have ended: theirs to read (decision 0028). */
    private List<AppreciationView> fromEndedSpaces(PersonId viewer) {
        String me = name(viewer);
        Map<PersonId, String> names = new HashMap<>();
        return repository.byAuthor(viewer, SHOWN).stream()
                .filter(r -> entries.spaceEnded(entry(r)))
                .map(r -> new AppreciationView(r.id(), true, me, names.computeIfAbsent(r.partner(), this::name),
                        cipher.open(r.author(), KIND, r.id(), r.content()), Instant.ofEpochMilli(r.createdAt()), false))
                .toList();
    }

    /** What the partner sent that this person has not opened yet. Nothing is decrypted. */
    public List<Notice> unseen(PersonId person) {
        Optional<CoupleSpace> space = entries.liveSpace(person);
        if (space.isEmpty()) {
            return List.of();
        }
        String from = space.get().partner().orElseThrow().displayName();
        return repository.unseenFor(space.get().id(), person).stream().map(id -> new Notice(id, from)).toList();
    }

    /** An appreciation the dashboard mentions: where it is and who sent it. */
    public record Notice(UUID id, String fromName) {
    }

    /** The prompt of the week on the person's calendar: an idea of what to notice, shown on the form only. */
    public WeeklyPrompts.Prompt prompt(PersonId person, Locale locale) {
        ZoneId zone = accounts.zoneOf(person);
        return prompts.of(LocalDate.now(clock.withZone(zone)), locale);
    }

    /** An appreciation is between the one who sent it and the partner it was sent to. */
    private static TwoPersonEntry entry(AppreciationRepository.Row r) {
        return TwoPersonEntry.between(KIND, r.id(), r.author(), r.partner(), r.couple());
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }
}
