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
import app.kintsugi.movingon.internal.MovingOnRules;
import app.kintsugi.movingon.internal.MovingOnWriting;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.AccessPolicy;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.privacy.EntryRef;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.Progress;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;

/**
 * Letters that may never be sent: to the partner, to oneself, to the person one was. Private; their
 * author may later share one with the partner, and take it back.
 */
@Service
public class UnsentLetters extends MovingOnWriting {

    public static final String KIND = "unsent-letter";
    private static final String COLUMNS = "id, author_id, addressee, content, visibility, couple_id, shared_at, seen_at, created_at, "
            + "updated_at, version";
    private static final Logger log = LoggerFactory.getLogger(UnsentLetters.class);

    private final JdbcClient jdbc;

    UnsentLetters(JdbcClient jdbc, ContentCipher cipher, AccessPolicy policy, AuditLog audit, Couples couples, Progress progress,
            Clock clock) {
        super(cipher, policy, audit, couples, progress, clock);
        this.jdbc = jdbc;
    }

    record Row(UUID id, PersonId author, Addressee to, byte[] content, Visibility visibility, CoupleId couple, Long sharedAt, Long seenAt,
            long createdAt, long updatedAt, long version) {
    }

    /** Checks a letter without saving it. */
    public void check(String to, String text) {
        MovingOnRules.checkLetter(MovingOnRules.addressee(to), Texts.clean(text));
    }

    @Transactional
    public UUID create(PersonId author, String to, String text) {
        Addressee a = MovingOnRules.addressee(to);
        String t = Texts.clean(text);
        MovingOnRules.checkLetter(a, t);
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        jdbc.sql("INSERT INTO unsent_letter (" + COLUMNS + ") VALUES (?, ?, ?, ?, 'PRIVATE', NULL, NULL, NULL, ?, ?, 0)")
                .params(id.toString(), author.value().toString(), a.name(), cipher.seal(author, KIND, id, t), now, now).update();
        progress.noteDone(author, MovingOnExercises.LETTERS);
        log.info("event=letter_written letter={} author={}", id, author);
        return id;
    }

    @Transactional
    public void update(PersonId author, UUID id, long expectedVersion, String to, String text) {
        own(author, id);
        Addressee a = MovingOnRules.addressee(to);
        String t = Texts.clean(text);
        MovingOnRules.checkLetter(a, t);
        // A shared letter that changes is news to the partner again.
        if (jdbc.sql("UPDATE unsent_letter SET addressee = ?, content = ?, updated_at = ?, seen_at = NULL, version = version + 1 "
                + "WHERE id = ? AND version = ?")
                .params(a.name(), cipher.seal(author, KIND, id, t), clock.millis(), id.toString(), expectedVersion).update() != 1) {
            throw new StaleEditException();
        }
        progress.noteActivity(author, MovingOnExercises.LETTERS);
        log.info("event=letter_updated letter={}", id);
    }

    /** The author shares one letter with the partner in their current space: an explicit act, recorded. */
    @Transactional
    public void share(PersonId author, UUID id) {
        Row row = own(author, id);
        CoupleId couple = couples.spaceWithPartner(author).orElseThrow(() -> InvalidInputException.of("visibility", "movingon.share.noPartner"));
        if (row.visibility() == Visibility.PARTNER && couple.equals(row.couple())) {
            return;
        }
        jdbc.sql("UPDATE unsent_letter SET visibility = 'PARTNER', couple_id = ?, shared_at = ?, seen_at = NULL, version = version + 1 "
                + "WHERE id = ?").params(couple.value().toString(), clock.millis(), id.toString()).update();
        audit.visibilityChanged(author, KIND, id, row.visibility(), Visibility.PARTNER);
        log.info("event=letter_shared letter={}", id);
    }

    @Transactional
    public void unshare(PersonId author, UUID id) {
        Row row = own(author, id);
        if (row.visibility() == Visibility.PRIVATE) {
            return;
        }
        jdbc.sql("UPDATE unsent_letter SET visibility = 'PRIVATE', couple_id = NULL, shared_at = NULL, seen_at = NULL, "
                + "version = version + 1 WHERE id = ?").param(id.toString()).update();
        audit.visibilityChanged(author, KIND, id, row.visibility(), Visibility.PRIVATE);
        log.info("event=letter_unshared letter={}", id);
    }

    @Transactional
    public void delete(PersonId author, UUID id) {
        own(author, id);
        jdbc.sql("DELETE FROM unsent_letter WHERE id = ?").param(id.toString()).update();
        audit.record(author, "DELETED", KIND, id, null);
        log.info("event=letter_deleted letter={}", id);
    }

    /** The author's letters, newest first. */
    public List<Letter> mine(PersonId author) {
        Optional<CoupleId> live = couples.spaceWithPartner(author);
        return jdbc.sql("SELECT " + COLUMNS + " FROM unsent_letter WHERE author_id = ? ORDER BY updated_at DESC, id")
                .param(author.value().toString()).query(UnsentLetters::map).list().stream().map(r -> letter(r, true, live)).toList();
    }

    /** The author's own letter, for editing; for anyone else it does not exist. */
    public Letter readOwn(PersonId author, UUID id) {
        return letter(own(author, id), true, couples.spaceWithPartner(author));
    }

    /** A letter as this viewer may read it: their own, or one the partner shares with them (the first read marks it seen). */
    @Transactional
    public Letter read(PersonId viewer, UUID id) {
        Row row = find(id);
        Access access = policy.require(viewer, ref(row));
        if (access == Access.AUTHOR) {
            return letter(row, true, couples.spaceWithPartner(viewer));
        }
        if (access != Access.PARTNER) {
            // Letters are never shown to a counselor.
            throw new NotFoundException();
        }
        if (row.seenAt() == null) {
            jdbc.sql("UPDATE unsent_letter SET seen_at = ? WHERE id = ? AND seen_at IS NULL").params(clock.millis(), id.toString()).update();
        }
        return letter(row, false, Optional.empty());
    }

    /** The letters the viewer's current partner shares with them, newest first. */
    public List<Letter> sharedWithMe(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM unsent_letter WHERE couple_id = ? AND author_id = ? AND visibility = 'PARTNER' "
                + "ORDER BY shared_at DESC, id")
                .params(space.get().id().value().toString(), space.get().partnerId().get().value().toString()).query(UnsentLetters::map)
                .list().stream().filter(r -> policy.accessOf(viewer, ref(r)).isPresent()).map(r -> letter(r, false, Optional.empty()))
                .toList();
    }

    /** Ids of letters the partner shares that the viewer has not opened yet. */
    public List<UUID> unseen(PersonId viewer) {
        Optional<CoupleSpace> space = couples.current(viewer);
        if (space.isEmpty() || space.get().partnerId().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM unsent_letter WHERE couple_id = ? AND author_id = ? AND visibility = 'PARTNER' AND seen_at IS NULL "
                + "ORDER BY shared_at, id")
                .params(space.get().id().value().toString(), space.get().partnerId().get().value().toString())
                .query((rs, n) -> UUID.fromString(rs.getString(1))).list();
    }

    // --- Inside ---------------------------------------------------------------------------------

    private Row find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unsent_letter WHERE id = ?").param(id.toString()).query(UnsentLetters::map).optional()
                .orElseThrow(NotFoundException::new);
    }

    private Row own(PersonId author, UUID id) {
        Row row = find(id);
        policy.requireAuthor(author, ref(row));
        return row;
    }

    private Letter letter(Row r, boolean mine, Optional<CoupleId> live) {
        boolean sharedNow = r.visibility() == Visibility.PARTNER && live.isPresent() && live.get().equals(r.couple());
        return new Letter(r.id(), r.author(), mine, r.to(), cipher.open(r.author(), KIND, r.id(), r.content()), r.visibility(),
                mine ? sharedNow : true, Instant.ofEpochMilli(r.createdAt()),
                Instant.ofEpochMilli(mine || r.sharedAt() == null ? r.updatedAt() : Math.max(r.sharedAt(), r.updatedAt())), r.version());
    }

    private static EntryRef ref(Row r) {
        return new EntryRef(KIND, r.id(), r.author(), r.visibility(), r.couple());
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String couple = rs.getString("couple_id");
        long shared = rs.getLong("shared_at");
        Long sharedAt = rs.wasNull() ? null : shared;
        long seen = rs.getLong("seen_at");
        Long seenAt = rs.wasNull() ? null : seen;
        return new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("author_id")), Addressee.valueOf(rs.getString("addressee")),
                rs.getBytes("content"), Visibility.valueOf(rs.getString("visibility")), couple == null ? null : CoupleId.of(couple), sharedAt,
                seenAt, rs.getLong("created_at"), rs.getLong("updated_at"), rs.getLong("version"));
    }
}
