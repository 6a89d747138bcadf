package app.kintsugi.transparency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;

@Repository
@RequiredArgsConstructor
public class DisclosureRepository {

    private static final String COLUMNS = "id, couple_id, author_id, partner_id, content, created_at, ack_at, ack_note";

    private final JdbcClient jdbc;

    public record Row(UUID id, CoupleId couple, PersonId author, PersonId partner, byte[] content, long createdAt, Long ackAt,
            byte[] ackNote) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO disclosure (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.couple().value().toString(), r.author().value().toString(),
                        r.partner().value().toString(), r.content(), r.createdAt(), r.ackAt(), r.ackNote())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure WHERE id = ?").param(id.toString())
                .query(DisclosureRepository::map).optional();
    }

    /** The newest disclosures of a couple, newest first. */
    /** What a person shared, or acknowledged with a note, in any space, newest first. */
    public List<Row> involving(PersonId person, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure WHERE author_id = ? OR (partner_id = ? AND ack_note IS NOT NULL)"
                        + " ORDER BY created_at DESC, id LIMIT ?")
                .params(person.value().toString(), person.value().toString(), limit).query(DisclosureRepository::map).list();
    }

    public List<Row> inCouple(CoupleId couple, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure WHERE couple_id = ? ORDER BY created_at DESC, id LIMIT ?")
                .params(couple.value().toString(), limit).query(DisclosureRepository::map).list();
    }

    public List<Row> unacknowledgedFor(CoupleId couple, PersonId partner) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure WHERE couple_id = ? AND partner_id = ? AND ack_at IS NULL "
                        + "ORDER BY created_at, id")
                .params(couple.value().toString(), partner.value().toString()).query(DisclosureRepository::map).list();
    }

    /** Acknowledges once: false when it was acknowledged already. */
    public boolean acknowledge(UUID id, byte[] note, long now) {
        return jdbc.sql("UPDATE disclosure SET ack_at = ?, ack_note = ? WHERE id = ? AND ack_at IS NULL")
                .params(now, note, id.toString()).update() == 1;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        long ack = rs.getLong("ack_at");
        Long ackAt = rs.wasNull() ? null : ack;
        return new Row(UUID.fromString(rs.getString("id")), CoupleId.of(rs.getString("couple_id")),
                PersonId.of(rs.getString("author_id")), PersonId.of(rs.getString("partner_id")), rs.getBytes("content"),
                rs.getLong("created_at"), ackAt, rs.getBytes("ack_note"));
    }
}
