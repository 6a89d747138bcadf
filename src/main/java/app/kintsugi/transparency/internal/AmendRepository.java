package app.kintsugi.transparency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.transparency.AmendStatus;

@Repository
@RequiredArgsConstructor
public class AmendRepository {

    private static final String COLUMNS = "id, couple_id, author_id, partner_id, content, due_day, status, created_at, updated_at, "
            + "done_at, ack_at, ack_note, version";

    private final JdbcClient jdbc;

    public record Row(UUID id, CoupleId couple, PersonId author, PersonId partner, byte[] content, LocalDate due, AmendStatus status,
            long createdAt, long updatedAt, Long doneAt, Long ackAt, byte[] ackNote, long version) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO amend (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.couple().value().toString(), r.author().value().toString(),
                        r.partner().value().toString(), r.content(), r.due().toString(), r.status().name(), r.createdAt(),
                        r.updatedAt(), r.doneAt(), r.ackAt(), r.ackNote(), r.version())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM amend WHERE id = ?").param(id.toString())
                .query(AmendRepository::map).optional();
    }

    /** A couple's plan: every action, oldest first. */
    /** Actions a person planned, or acknowledged with a note, in any space, oldest first. */
    public List<Row> involving(PersonId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM amend WHERE author_id = ? OR (partner_id = ? AND ack_note IS NOT NULL)"
                        + " ORDER BY created_at, id")
                .params(person.value().toString(), person.value().toString()).query(AmendRepository::map).list();
    }

    public List<Row> inCouple(CoupleId couple) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM amend WHERE couple_id = ? ORDER BY created_at, id")
                .param(couple.value().toString()).query(AmendRepository::map).list();
    }

    /** Actions of a couple that were done, newest first. */
    public List<Row> done(CoupleId couple, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM amend WHERE couple_id = ? AND status = 'DONE' ORDER BY done_at DESC, id LIMIT ?")
                .params(couple.value().toString(), limit).query(AmendRepository::map).list();
    }

    /** Done actions of a couple that this partner has not acknowledged. */
    public List<Row> doneUnacknowledgedFor(CoupleId couple, PersonId partner) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM amend WHERE couple_id = ? AND partner_id = ? AND status = 'DONE' "
                        + "AND ack_at IS NULL ORDER BY done_at, id")
                .params(couple.value().toString(), partner.value().toString()).query(AmendRepository::map).list();
    }

    public boolean change(UUID id, long expectedVersion, byte[] content, LocalDate due, long now) {
        return jdbc.sql("UPDATE amend SET content = ?, due_day = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND status <> 'DONE'")
                .params(content, due.toString(), now, id.toString(), expectedVersion).update() == 1;
    }

    /**
     * A new status. The status always changes (the same one is refused before), so an acknowledgement,
     * which was for the action as done, is cleared: a done action gets a fresh one.
     */
    public boolean setStatus(UUID id, long expectedVersion, AmendStatus status, long now) {
        Long doneAt = status == AmendStatus.DONE ? now : null;
        return jdbc.sql("""
                UPDATE amend SET status = ?, done_at = ?, ack_at = NULL, ack_note = NULL, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(status.name(), doneAt, now, id.toString(), expectedVersion).update() == 1;
    }

    /** Acknowledges a done action once: false when it is not done or was acknowledged already. */
    public boolean acknowledge(UUID id, byte[] note, long now) {
        return jdbc.sql("UPDATE amend SET ack_at = ?, ack_note = ?, version = version + 1 "
                        + "WHERE id = ? AND status = 'DONE' AND ack_at IS NULL")
                .params(now, note, id.toString()).update() == 1;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        long done = rs.getLong("done_at");
        Long doneAt = rs.wasNull() ? null : done;
        long ack = rs.getLong("ack_at");
        Long ackAt = rs.wasNull() ? null : ack;
        return new Row(UUID.fromString(rs.getString("id")), CoupleId.of(rs.getString("couple_id")),
                PersonId.of(rs.getString("author_id")), PersonId.of(rs.getString("partner_id")), rs.getBytes("content"),
                LocalDate.parse(rs.getString("due_day")), AmendStatus.valueOf(rs.getString("status")), rs.getLong("created_at"),
                rs.getLong("updated_at"), doneAt, ackAt, rs.getBytes("ack_note"), rs.getLong("version"));
    }
}
