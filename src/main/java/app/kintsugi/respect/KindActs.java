package app.kintsugi.respect;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import app.kintsugi.couple.Couples;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.respect.internal.KindActRepository;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * The kind acts log: small things a person did for their partner, on a day (today or up to a week
 * back). Private by default: it is first a way to notice one's own kindness, not a ledger to show.
 * Its author can share one with their partner, and make it private again, at any time. A person alone
 * keeps the same log for themselves (decision 0042): noted in their space of one, never shared, and
 * still only theirs when a partner joins.
 */
@Service
@RequiredArgsConstructor
public class KindActs {

    static final String KIND = "kind-act";
    public static final int MAX_TEXT = 1_000;
    /** How many days back a kind act can still be logged. */
    public static final int DAYS_BACK = 7;
    /** The newest kind acts the log lists. */
    public static final int SHOWN = 200;
    private static final Logger log = LoggerFactory.getLogger(KindActs.class);

    private final KindActRepository repository;
    private final ContentCipher cipher;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Couples couples;
    private final TwoPersonEntries entries;
    private final Accounts accounts;
    private final Progress progress;
    private final Clock clock;

    /** Logs a kind act, private, for a day from today back {@value #DAYS_BACK} days (blank means today). */
    @Transactional
    public UUID log(PersonId author, String text, String dayText) {
        String clean = Texts.clean(text);
        Validation v = new Validation().requiredText("text", clean, MAX_TEXT, "kindAct.text.required");
        ZoneId zone = accounts.zoneOf(author);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate day = today;
        if (Texts.clean(dayText) != null) {
            day = Texts.day(dayText);
            if (day == null) {
                v.reject("day", "kindAct.day.invalid");
            } else if (day.isAfter(today)) {
                v.reject("day", "kindAct.day.future");
            } else if (day.isBefore(today.minusDays(DAYS_BACK))) {
                v.reject("day", "kindAct.day.tooFar", DAYS_BACK);
            }
        }
        CoupleSpace space = couples.current(author).orElse(null);
        if (space == null) {
            v.reject("entry", "kindActs.alone.noSpace");
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        repository.insert(new KindActRepository.Row(id, space.id(), author, cipher.seal(author, KIND, id, clean), day,
                countedAt(day, zone).toEpochMilli(), Visibility.PRIVATE, now, now));
        progress.noteDone(author, RespectExercises.KIND_ACTS);
        log.info("event=kind_act_logged kind_act={} couple={} alone={}", id, space.id(), !space.complete());
        return id;
    }

    /** Shares one's own kind act with the partner in the space it was logged in, or makes it private again. */
    @Transactional
    public void setShared(PersonId author, UUID id, boolean shared) {
        var row = repository.find(id).orElseThrow(NotFoundException::new);
        // Logged in a space that has ended, or noted alone before the partner joined: its author's own, not there to change.
        entries.requireShareableBy(author, ref(row), row.createdAt());
        Visibility to = shared ? Visibility.PARTNER : Visibility.PRIVATE;
        if (row.visibility() == to) {
            return;
        }
        repository.setVisibility(id, to, clock.millis());
        audit.visibilityChanged(author, KIND, id, row.visibility(), to);
        progress.noteActivity(author, RespectExercises.KIND_ACTS);
    }

    /**
     * The viewer's own kind acts in their current space and those their partner shares, newest day first.
     * Alone in a space of their own: only their own, none of them shareable.
     */
    public KindActsPage overview(PersonId viewer) {
        List<LocalDate> days = days(viewer);
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty()) {
            return new KindActsPage(List.of(), List.of(), days, fromEndedSpaces(viewer, null));
        }
        Map<String, Boolean> readable = new HashMap<>();
        Map<PersonId, String> names = new HashMap<>();
        List<KindActView> all = repository.visibleTo(space.get().id(), viewer, SHOWN).stream()
                .filter(r -> readable.computeIfAbsent(r.author() + "|" + r.visibility(),
                        k -> policy.accessOf(viewer, ref(r)).isPresent()))
                .map(r -> new KindActView(r.id(), r.author().equals(viewer), names.computeIfAbsent(r.author(), this::name),
                        cipher.open(r.author(), KIND, r.id(), r.content()), r.day(), r.visibility(),
                        Instant.ofEpochMilli(r.createdAt()),
                        r.author().equals(viewer) && entries.mayShare(viewer, r.couple(), r.createdAt())))
                .toList();
        return new KindActsPage(all.stream().filter(KindActView::mine).toList(), all.stream().filter(k -> !k.mine()).toList(),
                days, fromEndedSpaces(viewer, space.get().id()));
    }

    /**
     * The viewer's own kind acts logged in spaces other than their current one (which have all
     * ended), private ones too: theirs to read, no longer to share (decision 0028).
     */
    private List<KindActView> fromEndedSpaces(PersonId viewer, app.kintsugi.couple.CoupleId current) {
        String me = name(viewer);
        return repository.byAuthor(viewer, SHOWN).stream()
                .filter(r -> !r.couple().equals(current))
                .map(r -> new KindActView(r.id(), true, me, cipher.open(r.author(), KIND, r.id(), r.content()), r.day(),
                        r.visibility(), Instant.ofEpochMilli(r.createdAt()), false))
                .toList();
    }

    /** The days a kind act can be logged for on this person's calendar, today first. */
    public List<LocalDate> days(PersonId person) {
        LocalDate today = accounts.today(person);
        List<LocalDate> days = new ArrayList<>(DAYS_BACK + 1);
        for (int i = 0; i <= DAYS_BACK; i++) {
            days.add(today.minusDays(i));
        }
        return days;
    }

    /**
     * The moment the ratio counts a kind act at: noon of its day where it was done, so the day stays
     * the same on any calendar within twelve hours of it.
     */
    static Instant countedAt(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    private static EntryRef ref(KindActRepository.Row r) {
        return new EntryRef(KIND, r.id(), r.author(), r.visibility(), r.couple());
    }

    private String name(PersonId person) {
        return accounts.nameOf(person);
    }
}
