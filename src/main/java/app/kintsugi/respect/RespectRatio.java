package app.kintsugi.respect;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.TwoPersonEntries;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.respect.internal.KindActRepository;
import app.kintsugi.respect.internal.RatioConsentRepository;
import app.kintsugi.shared.InvalidInputException;

/**
 * The ratio of positive to negative moments between two partners, week by week. It counts events
 * that every {@link InteractionSource} reports (times and kinds), never reading or decrypting what
 * anyone wrote. Each person sees their own page: the moments both can see plus their own private
 * kind acts. Only while both chose "Share our ratio" do they also see it together, with who gave
 * which positive moments; either can withdraw at any time, taking effect at once. The five-to-one
 * line is a reference from research on couples, not a score or a target.
 */
@Service
public class RespectRatio {

    /** How many weeks, up to and including the current one, the page shows. */
    public static final int WEEKS = 12;
    static final String KIND = "respect-ratio";
    private static final Logger log = LoggerFactory.getLogger(RespectRatio.class);

    private final List<InteractionSource> sources;
    private final KindActRepository kindActs;
    private final RatioConsentRepository consents;
    private final TwoPersonEntries entries;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Progress progress;
    private final Clock clock;

    RespectRatio(List<InteractionSource> sources, KindActRepository kindActs, RatioConsentRepository consents, TwoPersonEntries entries,
            Accounts accounts, AuditLog audit, Progress progress, Clock clock) {
        this.sources = List.copyOf(sources);
        this.kindActs = kindActs;
        this.consents = consents;
        this.entries = entries;
        this.accounts = accounts;
        this.audit = audit;
        this.progress = progress;
        this.clock = clock;
    }

    /** The viewer's ratio page, on their calendar. */
    public RatioPage page(PersonId viewer) {
        ZoneId zone = accounts.zoneOf(viewer);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Optional<CoupleSpace> space = entries.liveSpace(viewer);
        if (space.isEmpty()) {
            return new RatioPage(false, "", RatioWeeks.of(List.of(), zone, today, WEEKS), 0, false, null);
        }
        CoupleSpace s = space.get();
        RatioWeeks.Window window = RatioWeeks.window(zone, today, WEEKS);
        List<Interaction> shared = new ArrayList<>();
        for (InteractionSource source : sources) {
            shared.addAll(source.interactions(s.id(), window.from(), window.to()));
        }
        List<Instant> privateActs = kindActs.privateBetween(s.id(), viewer, window.from().toEpochMilli(),
                window.to().toEpochMilli()).stream().map(Instant::ofEpochMilli).toList();
        List<PersonId> given = consents.given(s.id());
        PersonId partner = s.partnerId().orElseThrow();
        return compose(viewer, partner, s.partner().orElseThrow().displayName(), shared, privateActs, given.contains(viewer),
                given.contains(partner), zone, today);
    }

    /**
     * Puts a page together from what was counted. The viewer's own view adds their private kind acts
     * to the shared moments; the together view, and with it who gave what, exists only when both
     * chose to share.
     */
    static RatioPage compose(PersonId viewer, PersonId partner, String partnerName, Collection<Interaction> shared,
            Collection<Instant> myPrivateActs, boolean iShare, boolean partnerShares, ZoneId zone, LocalDate today) {
        List<Interaction> mine = new ArrayList<>(shared);
        myPrivateActs.forEach(at -> mine.add(new Interaction(at, InteractionKind.KIND_ACT, viewer)));
        RatioWeeks myWeeks = RatioWeeks.of(mine, zone, today, WEEKS);
        RatioWeeks sharedWeeks = RatioWeeks.of(shared, zone, today, WEEKS);
        int privateCounted = myWeeks.positives() - sharedWeeks.positives();
        RatioPage.Together together = null;
        if (iShare && partnerShares) {
            together = new RatioPage.Together(sharedWeeks, breakdown(shared, viewer, partner, zone, today));
        }
        return new RatioPage(true, partnerName, myWeeks, privateCounted, iShare, together);
    }

    /** Per kind of positive moment within the weeks shown, how many each partner gave. */
    private static List<RatioPage.Given> breakdown(Collection<Interaction> shared, PersonId viewer, PersonId partner, ZoneId zone,
            LocalDate today) {
        RatioWeeks.Window window = RatioWeeks.window(zone, today, WEEKS);
        Map<InteractionKind, int[]> counts = new EnumMap<>(InteractionKind.class);
        for (InteractionKind kind : InteractionKind.values()) {
            if (kind.positive()) {
                counts.put(kind, new int[2]);
            }
        }
        for (Interaction m : shared) {
            if (!m.kind().positive() || m.by() == null || m.at().isBefore(window.from()) || !m.at().isBefore(window.to())) {
                continue;
            }
            if (m.by().equals(viewer)) {
                counts.get(m.kind())[0]++;
            } else if (m.by().equals(partner)) {
                counts.get(m.kind())[1]++;
            }
        }
        List<RatioPage.Given> rows = new ArrayList<>();
        counts.forEach((kind, c) -> rows.add(new RatioPage.Given(kind, c[0], c[1])));
        return List.copyOf(rows);
    }

    /**
     * "Share our ratio" for the person's current space, or withdrawing it. The choice holds for that
     * space only (a later partner never inherits it) and is recorded in the audit log.
     */
    @Transactional
    public void setSharing(PersonId person, boolean share) {
        CoupleSpace space = entries.liveSpace(person)
                .orElseThrow(() -> InvalidInputException.of("entry", "respect.noPartner"));
        boolean changed = share ? consents.give(space.id(), person, clock.millis()) : consents.withdraw(space.id(), person);
        if (!changed) {
            return;
        }
        audit.visibilityChanged(person, KIND, space.id().value(), share ? Visibility.PRIVATE : Visibility.PARTNER,
                share ? Visibility.PARTNER : Visibility.PRIVATE);
        progress.noteActivity(person, RespectExercises.RATIO);
        log.info("event=ratio_sharing_{} couple={}", share ? "given" : "withdrawn", space.id());
    }
}
