package app.kintsugi.movingon;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
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
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;

/**
 * Forgiving oneself while staying accountable: guided writing (what I did, what I have learned, what
 * I keep doing, what I still owe) for its author alone. There is no way to share it: forgiving
 * oneself never means asking the partner for anything.
 */
@Service
public class Accountability extends MovingOnWriting {

    static final String KIND = "accountable";
    static final String DID_KIND = "accountable-did";
    static final String LEARNED_KIND = "accountable-learned";
    static final String KEEP_KIND = "accountable-keep-doing";
    static final String OWE_KIND = "accountable-still-owe";
    private static final String COLUMNS = "id, author_id, did, learned, keep_doing, still_owe, created_at, updated_at, version";
    private static final Logger log = LoggerFactory.getLogger(Accountability.class);

    private final JdbcClient jdbc;

    Accountability(JdbcClient jdbc, ContentCipher cipher, AccessPolicy policy, AuditLog audit, Couples couples, Progress progress,
            Clock clock) {
        super(cipher, policy, audit, couples, progress, clock);
        this.jdbc = jdbc;
    }

    record Row(UUID id, PersonId author, byte[] did, byte[] learned, byte[] keepDoing, byte[] stillOwe, long createdAt, long updatedAt,
            long version) {
    }

    /** Whether the page opens: meant for the partner who broke trust and for both, and for anyone who already wrote here. */
    public boolean opens(PersonId person) {
        Role role = couples.current(person).map(s -> s.me().role()).orElse(null);
        return MovingOnRules.opens(MovingOnExercises.ACCOUNTABLE_ROLES, role, false) || !rows(person).isEmpty();
    }

    public void check(AccountableDraft draft) {
        MovingOnRules.check(MovingOnRules.clean(draft));
    }

    @Transactional
    public UUID create(PersonId author, AccountableDraft draft) {
        requireOpen(author);
        AccountableDraft d = MovingOnRules.clean(draft);
        MovingOnRules.check(d);
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        jdbc.sql("INSERT INTO accountable_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id.toString(), author.value().toString(), cipher.sealOrNull(author, DID_KIND, id, d.did()),
                        cipher.sealOrNull(author, LEARNED_KIND, id, d.learned()),
                        cipher.sealOrNull(author, KEEP_KIND, id, d.keepDoing()), cipher.sealOrNull(author, OWE_KIND, id, d.stillOwe()), now, now)
                .update();
        progress.noteDone(author, MovingOnExercises.ACCOUNTABLE);
        log.info("event=accountable_written entry={} author={}", id, author);
        return id;
    }

    @Transactional
    public void update(PersonId author, UUID id, long expectedVersion, AccountableDraft draft) {
        own(author, id);
        AccountableDraft d = MovingOnRules.clean(draft);
        MovingOnRules.check(d);
        if (jdbc.sql("UPDATE accountable_entry SET did = ?, learned = ?, keep_doing = ?, still_owe = ?, updated_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?")
                .params(cipher.sealOrNull(author, DID_KIND, id, d.did()), cipher.sealOrNull(author, LEARNED_KIND, id, d.learned()),
                        cipher.sealOrNull(author, KEEP_KIND, id, d.keepDoing()),
                        cipher.sealOrNull(author, OWE_KIND, id, d.stillOwe()), clock.millis(), id.toString(), expectedVersion)
                .update() != 1) {
            throw new StaleEditException();
        }
        progress.noteActivity(author, MovingOnExercises.ACCOUNTABLE);
        log.info("event=accountable_updated entry={}", id);
    }

    @Transactional
    public void delete(PersonId author, UUID id) {
        own(author, id);
        jdbc.sql("DELETE FROM accountable_entry WHERE id = ?").param(id.toString()).update();
        audit.record(author, "DELETED", KIND, id, null);
        log.info("event=accountable_deleted entry={}", id);
    }

    /** The author's writing, newest first. */
    public List<AccountableEntry> mine(PersonId author) {
        requireOpen(author);
        return rows(author).stream().map(this::entry).toList();
    }

    public AccountableEntry readOwn(PersonId author, UUID id) {
        return entry(own(author, id));
    }

    // --- Inside ---------------------------------------------------------------------------------

    private void requireOpen(PersonId person) {
        if (!opens(person)) {
            throw new NotFoundException();
        }
    }

    private List<Row> rows(PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accountable_entry WHERE author_id = ? ORDER BY updated_at DESC, id")
                .param(author.value().toString()).query(Accountability::map).list();
    }

    private Row own(PersonId author, UUID id) {
        Row row = jdbc.sql("SELECT " + COLUMNS + " FROM accountable_entry WHERE id = ?").param(id.toString()).query(Accountability::map)
                .optional().orElseThrow(NotFoundException::new);
        policy.requireAuthor(author, new EntryRef(KIND, row.id(), row.author(), Visibility.PRIVATE, null));
        return row;
    }

    private AccountableEntry entry(Row r) {
        return new AccountableEntry(r.id(), new AccountableDraft(cipher.openOrNull(r.author(), DID_KIND, r.id(), r.did()),
                cipher.openOrNull(r.author(), LEARNED_KIND, r.id(), r.learned()), cipher.openOrNull(r.author(), KEEP_KIND, r.id(), r.keepDoing()),
                cipher.openOrNull(r.author(), OWE_KIND, r.id(), r.stillOwe())), Instant.ofEpochMilli(r.createdAt()),
                Instant.ofEpochMilli(r.updatedAt()),
                r.version());
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("author_id")), rs.getBytes("did"), rs.getBytes("learned"),
                rs.getBytes("keep_doing"), rs.getBytes("still_owe"), rs.getLong("created_at"), rs.getLong("updated_at"), rs.getLong("version"));
    }
}
