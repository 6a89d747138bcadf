package app.kintsugi.movingon;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.couple.CoupleSpace;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.movingon.internal.MovingOnRules;
import app.kintsugi.movingon.internal.MovingOnWriting;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;

/**
 * Forgiveness on nobody's schedule: a private, dated history of "where I am now", on a scale the
 * person chooses, with a private note. A position is shown to the partner only when its author
 * shares that one position; the partner then sees it and its date, never the note, never the rest.
 */
@Service
public class Forgiveness extends MovingOnWriting {

    public static final String KIND = "forgiveness-mark";
    static final String POSITION_KIND = "forgiveness-position";
    static final String NOTE_KIND = "forgiveness-note";
    private static final String COLUMNS = "id, person_id, position, note, visibility, couple_id, shared_at, created_at";
    private static final Logger log = LoggerFactory.getLogger(Forgiveness.class);

    private final JdbcClient jdbc;

    Forgiveness(JdbcClient jdbc, ContentCipher cipher, AccessPolicy policy, AuditLog audit, Couples couples, Progress progress,
            Clock clock) {
        super(cipher, policy, audit, couples, progress, clock);
        this.jdbc = jdbc;
    }

    record Row(UUID id, PersonId person, byte[] position, byte[] note, Visibility visibility, CoupleId couple, Long sharedAt,
            long createdAt) {
    }

    /** Whether the page opens for this person: meant for the hurt partner and for both, and for anyone with a history here. */
    public boolean opens(PersonId person) {
        Role role = couples.current(person).map(s -> s.me().role()).orElse(null);
        return MovingOnRules.opens(MovingOnExercises.FORGIVENESS_ROLES, role, false) || !rows(person).isEmpty();
    }

    /** Notes where the person is now. The position is required; the note is optional and always private. */
    @Transactional
    public UUID record(PersonId person, String position, String note) {
        requireOpen(person);
        ForgivenessPosition p = MovingOnRules.position(position);
        String text = Texts.clean(note);
        MovingOnRules.checkMark(p, text);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO forgiveness_mark (" + COLUMNS + ") VALUES (?, ?, ?, ?, 'PRIVATE', NULL, NULL, ?)")
                .params(id.toString(), person.value().toString(), cipher.seal(person, POSITION_KIND, id, p.name()),
                        cipher.sealOrNull(person, NOTE_KIND, id, text), clock.millis())
                .update();
        progress.noteDone(person, MovingOnExercises.FORGIVENESS);
        log.info("event=forgiveness_marked mark={} person={}", id, person);
        return id;
    }

    /** The person's own history, newest first. */
    public List<ForgivenessMark> history(PersonId person) {
        requireOpen(person);
        Optional<CoupleId> live = couples.spaceWithPartner(person);
        return rows(person).stream().map(r -> mark(r, live)).toList();
    }

    /** One position of the person's own history; for anyone else it does not exist. */
    public ForgivenessMark mark(PersonId person, UUID id) {
        return mark(own(person, id), couples.spaceWithPartner(person));
    }

    /** Shows this one position (and its date, never the note) to the partner in the current space. */
    @Transactional
    public void share(PersonId person, UUID id) {
        Row row = own(person, id);
        CoupleId couple = couples.spaceWithPartner(person).orElseThrow(() -> InvalidInputException.of("position", "movingon.share.noPartner"));
        if (row.visibility() == Visibility.PARTNER && couple.equals(row.couple())) {
            return;
        }
        jdbc.sql("UPDATE forgiveness_mark SET visibility = 'PARTNER', couple_id = ?, shared_at = ? WHERE id = ?")
                .params(couple.value().toString(), clock.millis(), id.toString()).update();
        audit.visibilityChanged(person, KIND, id, row.visibility(), Visibility.PARTNER);
    }

    @Transactional
    public void unshare(PersonId person, UUID id) {
        Row row = own(person, id);
        if (row.visibility() == Visibility.PRIVATE) {
            return;
        }
        jdbc.sql("UPDATE forgiveness_mark SET visibility = 'PRIVATE', couple_id = NULL, shared_at = NULL WHERE id = ?").param(id.toString())
                .update();
        audit.visibilityChanged(person, KIND, id, row.visibility(), Visibility.PRIVATE);
    }

    @Transactional
    public void delete(PersonId person, UUID id) {
        own(person, id);
        jdbc.sql("DELETE FROM forgiveness_mark WHERE id = ?").param(id.toString()).update();
        audit.record(person, "DELETED", KIND, id, null);
    }

    /** The positions the viewer's current partner chose to share with them, newest first: position and date only. */
    public List<SharedPosition> sharedWithMe(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        PersonId partner = space.get().partnerId().get();
        return jdbc.sql("SELECT " + COLUMNS + " FROM forgiveness_mark WHERE couple_id = ? AND person_id = ? AND visibility = 'PARTNER' "
                + "ORDER BY created_at DESC, id")
                .params(space.get().id().value().toString(), partner.value().toString()).query(Forgiveness::map).list().stream()
                .filter(r -> policy.accessOf(viewer, ref(r)).isPresent())
                .map(r -> new SharedPosition(r.id(), position(r), Instant.ofEpochMilli(r.createdAt()))).toList();
    }

    // --- Inside ---------------------------------------------------------------------------------

    private void requireOpen(PersonId person) {
        if (!opens(person)) {
            throw new NotFoundException();
        }
    }

    private List<Row> rows(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM forgiveness_mark WHERE person_id = ? ORDER BY created_at DESC, id")
                .param(person.value().toString()).query(Forgiveness::map).list();
    }

    private Row own(PersonId person, UUID id) {
        Row row = jdbc.sql("SELECT " + COLUMNS + " FROM forgiveness_mark WHERE id = ?").param(id.toString()).query(Forgiveness::map)
                .optional().orElseThrow(NotFoundException::new);
        policy.requireAuthor(person, ref(row));
        return row;
    }

    private ForgivenessMark mark(Row r, Optional<CoupleId> live) {
        boolean sharedNow = r.visibility() == Visibility.PARTNER && live.isPresent() && live.get().equals(r.couple());
        return new ForgivenessMark(r.id(), position(r), cipher.openOrNull(r.person(), NOTE_KIND, r.id(), r.note()),
                r.visibility() == Visibility.PARTNER, sharedNow, Instant.ofEpochMilli(r.createdAt()));
    }

    private ForgivenessPosition position(Row r) {
        return ForgivenessPosition.valueOf(cipher.open(r.person(), POSITION_KIND, r.id(), r.position()));
    }

    private static EntryRef ref(Row r) {
        return new EntryRef(KIND, r.id(), r.person(), r.visibility(), r.couple());
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String couple = rs.getString("couple_id");
        long shared = rs.getLong("shared_at");
        Long sharedAt = rs.wasNull() ? null : shared;
        return new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("person_id")), rs.getBytes("position"),
                rs.getBytes("note"), Visibility.valueOf(rs.getString("visibility")), couple == null ? null : CoupleId.of(couple), sharedAt,
                rs.getLong("created_at"));
    }
}
