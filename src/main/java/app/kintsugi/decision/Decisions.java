package app.kintsugi.decision;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.communication.ConversationStatus;
import app.kintsugi.communication.Conversations;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.decision.internal.DecisionRules;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.program.Progress;
import app.kintsugi.resources.HelpRegion;
import app.kintsugi.resources.HelpResources;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;
import app.kintsugi.trust.Commitments;

/**
 * The decision aid, together or apart. A person writes privately what staying and parting would take,
 * what they still need to know and what they have seen change, and notes where they lean (the history
 * is kept). Each may say they are willing to show the partner their lean; nothing is shown to anyone
 * until both have, and either can withdraw at once. Parting ends the space through the couple module's
 * own leaving: for the other it looks exactly like any other ending.
 */
@Service
@RequiredArgsConstructor
public class Decisions {

    static final String STAYING_KIND = "decision-staying";
    static final String PARTING_KIND = "decision-parting";
    static final String TO_KNOW_KIND = "decision-to-know";
    static final String CHANGED_KIND = "decision-changed";
    static final String LEAN_KIND = "decision-lean";
    static final String REVEAL_KIND = "decision-reveal";
    public static final int MAX_TEXT = 8_000;
    /** How many leans the page shows; the export has them all. */
    public static final int LEAN_HISTORY = 50;
    /** How far back the facts look at kept days. */
    static final int KEPT_LIMIT = 500;
    private static final Logger log = LoggerFactory.getLogger(Decisions.class);

    private final JdbcClient jdbc;
    private final ContentCipher cipher;
    private final Couples couples;
    private final Progress progress;
    private final AuditLog audit;
    private final Commitments commitments;
    private final Conversations conversations;
    private final HelpResources help;
    private final Clock clock;

    private record NoteRow(UUID id, PersonId person, byte[] staying, byte[] parting, byte[] toKnow, byte[] changed, long updatedAt,
            long version) {
    }

    // --- Reading --------------------------------------------------------------------------------

    /** The aid as the viewer sees it: their own writing and leans, the reveal, and facts from their records. */
    public DecisionAid aid(PersonId viewer) {
        Optional<CoupleSpace> space = couples.completeSpace(viewer);
        DecisionAid.Writing writing = note(viewer).map(this::open).orElse(null);
        List<DecisionAid.LeanNoted> leans = leans(viewer, LEAN_HISTORY);
        RevealState state = RevealState.NO_PARTNER;
        String partnerName = null;
        DecisionAid.PartnerLean partnerLean = null;
        DecisionAid.Changes changes = new DecisionAid.Changes(0, 0, 0);
        if (space.isPresent()) {
            PersonId partner = space.get().partnerId().orElseThrow();
            partnerName = space.get().partner().orElseThrow().displayName();
            // The partner's choice is read only once the viewer's own is known to be yes, so the work
            // done for a viewer who has not said yes is the same whatever the partner chose.
            boolean mine = willing(viewer, space.get().id());
            boolean theirs = mine && willing(partner, space.get().id());
            state = DecisionRules.state(true, mine, theirs);
            if (DecisionRules.seesPartnersLean(true, mine, theirs)) {
                partnerLean = leans(partner, 1).stream().findFirst()
                        .map(l -> new DecisionAid.PartnerLean(l.lean(), l.at()))
                        .orElse(new DecisionAid.PartnerLean(null, null));
            }
            changes = changes(viewer);
        }
        boolean ended = space.isEmpty() && couples.lastEnded(viewer).isPresent();
        return new DecisionAid(writing, leans, state, partnerName, partnerLean, changes, ended);
    }

    /** The parting page: whether there is a space to end, and help for the person's region. */
    public PartingView parting(PersonId viewer, String askedRegion, List<Locale> browser) {
        Optional<CoupleSpace> space = couples.current(viewer);
        HelpRegion region = help.regionFor(viewer, askedRegion, browser);
        return new PartingView(space.flatMap(CoupleSpace::partner).map(m -> m.displayName()).orElse(null), space.isPresent(), region,
                region.separation(), region.urgent());
    }

    // --- Writing --------------------------------------------------------------------------------

    /** Saves the person's private writing; {@code expectedVersion} is -1 for a first save. */
    @Transactional
    public void write(PersonId person, String staying, String parting, String toKnow, String changed, long expectedVersion) {
        String s = Texts.clean(staying);
        String p = Texts.clean(parting);
        String k = Texts.clean(toKnow);
        String c = Texts.clean(changed);
        Validation v = new Validation();
        v.optionalText("staying", s, MAX_TEXT).optionalText("parting", p, MAX_TEXT).optionalText("toKnow", k, MAX_TEXT)
                .optionalText("changed", c, MAX_TEXT);
        if (s == null && p == null && k == null && c == null) {
            v.reject("staying", "decision.writing.empty");
        }
        v.throwIfInvalid();
        Optional<NoteRow> existing = note(person);
        long now = clock.millis();
        UUID id = existing.map(NoteRow::id).orElseGet(UUID::randomUUID);
        if (existing.isEmpty()) {
            if (expectedVersion != -1) {
                throw new StaleEditException();
            }
            try {
                jdbc.sql("""
                        INSERT INTO decision_note (id, person_id, staying, parting, to_know, changed, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                        .params(id.toString(), person.value().toString(), cipher.sealOrNull(person, STAYING_KIND, id, s),
                                cipher.sealOrNull(person, PARTING_KIND, id, p), cipher.sealOrNull(person, TO_KNOW_KIND, id, k),
                                cipher.sealOrNull(person, CHANGED_KIND, id, c),
                                now, now)
                        .update();
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new StaleEditException();
            }
        } else if (existing.get().version() != expectedVersion || jdbc.sql("""
                UPDATE decision_note SET staying = ?, parting = ?, to_know = ?, changed = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(cipher.sealOrNull(person, STAYING_KIND, id, s), cipher.sealOrNull(person, PARTING_KIND, id, p),
                        cipher.sealOrNull(person, TO_KNOW_KIND, id, k),
                        cipher.sealOrNull(person, CHANGED_KIND, id, c), now, id.toString(), expectedVersion)
                .update() != 1) {
            throw new StaleEditException();
        }
        progress.noteActivity(person, DecisionExercises.DECISION);
        log.info("event=decision_writing_saved person={}", person);
    }

    /** Notes where the person leans now, kept beside the leans before. */
    @Transactional
    public DecisionAid.LeanNoted noteLean(PersonId person, String leanText) {
        Lean lean = DecisionRules.lean(leanText);
        if (lean == null) {
            throw InvalidInputException.of("lean", "decision.lean.required");
        }
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        jdbc.sql("INSERT INTO decision_lean (id, person_id, lean, noted_at) VALUES (?, ?, ?, ?)")
                .params(id.toString(), person.value().toString(), cipher.seal(person, LEAN_KIND, id, lean.name()), now)
                .update();
        progress.noteDone(person, DecisionExercises.DECISION);
        log.info("event=decision_lean_noted person={}", person);
        return new DecisionAid.LeanNoted(lean, Instant.ofEpochMilli(now));
    }

    /**
     * Says the person is willing to show their partner where they lean, or withdraws that, at once.
     * Only for the space they share with a partner now; a later partner never inherits it.
     */
    @Transactional
    public RevealState setWilling(PersonId person, boolean willing) {
        CoupleSpace space = couples.completeSpace(person)
                .orElseThrow(() -> InvalidInputException.of("willing", "decision.reveal.noPartner"));
        boolean before = willing(person, space.id());
        if (willing && !before) {
            jdbc.sql("INSERT INTO decision_reveal (person_id, couple_id, opted_in_at) VALUES (?, ?, ?)")
                    .params(person.value().toString(), space.id().value().toString(), clock.millis()).update();
            audit.record(person, "DECISION_REVEAL_WILLING", REVEAL_KIND, revealId(person, space.id()), null);
        } else if (!willing && before) {
            jdbc.sql("DELETE FROM decision_reveal WHERE person_id = ? AND couple_id = ?")
                    .params(person.value().toString(), space.id().value().toString()).update();
            audit.record(person, "DECISION_REVEAL_WITHDRAWN", REVEAL_KIND, revealId(person, space.id()), null);
        }
        log.info("event=decision_reveal_changed person={}", person);
        return aid(person).reveal();
    }

    /**
     * Parts: ends the person's space through the couple module's leaving, which ends it for both. The
     * other is not asked and sees what they see after any ending; nothing here tells them why.
     */
    @Transactional
    public void part(PersonId person, boolean confirmed) {
        if (couples.current(person).isEmpty()) {
            throw InvalidInputException.of("confirm", "decision.parting.noSpace");
        }
        if (!confirmed) {
            throw InvalidInputException.of("confirm", "decision.parting.confirm.required");
        }
        couples.leave(person);
        log.info("event=decision_parted person={}", person);
    }

    // --- Inside ---------------------------------------------------------------------------------

    private DecisionAid.Changes changes(PersonId viewer) {
        int mine = 0;
        int theirs = 0;
        for (var k : commitments.keptInMySpace(viewer, KEPT_LIMIT)) {
            if (k.mine()) {
                mine++;
            } else {
                theirs++;
            }
        }
        int held = (int) conversations.standingsInMySpace(viewer).stream().filter(s -> s.status() == ConversationStatus.ENDED).count();
        return new DecisionAid.Changes(mine, theirs, held);
    }

    private boolean willing(PersonId person, CoupleId couple) {
        return jdbc.sql("SELECT COUNT(*) FROM decision_reveal WHERE person_id = ? AND couple_id = ?")
                .params(person.value().toString(), couple.value().toString()).query(Integer.class).single() > 0;
    }

    /** The audit log's subject for one person's reveal in one space: not the space's id, which the partner shares. */
    static UUID revealId(PersonId person, CoupleId couple) {
        return UUID.nameUUIDFromBytes(("decision-reveal:" + person.value() + ":" + couple.value()).getBytes(StandardCharsets.UTF_8));
    }

    private Optional<NoteRow> note(PersonId person) {
        return jdbc.sql("SELECT id, person_id, staying, parting, to_know, changed, updated_at, version FROM decision_note WHERE person_id = ?")
                .param(person.value().toString())
                .query((rs, n) -> new NoteRow(UUID.fromString(rs.getString(1)), new PersonId(UUID.fromString(rs.getString(2))),
                        rs.getBytes(3), rs.getBytes(4), rs.getBytes(5), rs.getBytes(6), rs.getLong(7), rs.getLong(8)))
                .optional();
    }

    private List<DecisionAid.LeanNoted> leans(PersonId person, int limit) {
        return jdbc.sql("SELECT id, lean, noted_at FROM decision_lean WHERE person_id = ? ORDER BY noted_at DESC, id LIMIT ?")
                .params(person.value().toString(), limit)
                .query((rs, n) -> new DecisionAid.LeanNoted(
                        Lean.valueOf(cipher.open(person, LEAN_KIND, UUID.fromString(rs.getString(1)), rs.getBytes(2))),
                        Instant.ofEpochMilli(rs.getLong(3))))
                .list();
    }

    private DecisionAid.Writing open(NoteRow r) {
        return new DecisionAid.Writing(cipher.openOrNull(r.person(), STAYING_KIND, r.id(), r.staying()),
                cipher.openOrNull(r.person(), PARTING_KIND, r.id(), r.parting()),
                cipher.openOrNull(r.person(), TO_KNOW_KIND, r.id(), r.toKnow()), cipher.openOrNull(r.person(), CHANGED_KIND, r.id(), r.changed()),
                Instant.ofEpochMilli(r.updatedAt()), r.version());
    }

}
