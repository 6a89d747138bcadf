package app.kintsugi.respect.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.respect.Appreciations;

@Repository
@RequiredArgsConstructor
public class AppreciationRepository {

    private static final String COLUMNS = "id, couple_id, author_id, partner_id, content, created_at, seen_at";

    private final JdbcClient jdbc;

    public record Row(UUID id, CoupleId couple, PersonId author, PersonId partner, byte[] content, long createdAt, Long seenAt) {
    }

    /** When an appreciation was sent and by whom: what the ratio counts, without the text. */
    public record Sent(long at, PersonId author) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO appreciation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.couple().value().toString(), r.author().value().toString(),
                        r.partner().value().toString(), r.content(), r.createdAt(), r.seenAt())
                .update();
    }

    /** The newest appreciations of a couple, newest first. */
    /** What a person sent, in any space, newest first. */
    public List<Row> byAuthor(PersonId author, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appreciation WHERE author_id = ? ORDER BY created_at DESC, id LIMIT ?")
                .params(author.value().toString(), limit).query(AppreciationRepository::map).list();
    }

    public List<Row> inCouple(CoupleId couple, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appreciation WHERE couple_id = ? ORDER BY created_at DESC, id LIMIT ?")
                .params(couple.value().toString(), limit).query(AppreciationRepository::map).list();
    }

    /** Ids of what was sent to this person in a couple and not opened yet, oldest first. Reads no content. */
    public List<UUID> unseenFor(CoupleId couple, PersonId partner) {
        return jdbc.sql("SELECT id FROM appreciation WHERE couple_id = ? AND partner_id = ? AND seen_at IS NULL "
                        + "ORDER BY created_at, id")
                .params(couple.value().toString(), partner.value().toString())
                .query((rs, n) -> UUID.fromString(rs.getString(1))).list();
    }

    public void markSeen(CoupleId couple, PersonId partner, long now) {
        jdbc.sql("UPDATE appreciation SET seen_at = ? WHERE couple_id = ? AND partner_id = ? AND seen_at IS NULL")
                .params(now, couple.value().toString(), partner.value().toString()).update();
    }

    /** Appreciations of a couple sent from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Sent> sentBetween(CoupleId couple, long from, long to) {
        return jdbc.sql("SELECT created_at, author_id FROM appreciation WHERE couple_id = ? AND created_at >= ? AND created_at < ?")
                .params(couple.value().toString(), from, to)
                .query((rs, n) -> new Sent(rs.getLong(1), PersonId.of(rs.getString(2)))).list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        long seen = rs.getLong("seen_at");
        Long seenAt = rs.wasNull() ? null : seen;
        return new Row(UUID.fromString(rs.getString("id")), CoupleId.of(rs.getString("couple_id")),
                PersonId.of(rs.getString("author_id")), PersonId.of(rs.getString("partner_id")), rs.getBytes("content"),
                rs.getLong("created_at"), seenAt);
    }
}
