package app.kintsugi.respect.internal;

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
import app.kintsugi.privacy.Visibility;

@Repository
@RequiredArgsConstructor
public class KindActRepository {

    private static final String COLUMNS = "id, couple_id, author_id, content, day, done_at, visibility, created_at, updated_at";

    private final JdbcClient jdbc;

    public record Row(UUID id, CoupleId couple, PersonId author, byte[] content, LocalDate day, long doneAt, Visibility visibility,
            long createdAt, long updatedAt) {
    }

    /** When a kind act was done and by whom: what the ratio counts, without the text. */
    public record Done(long at, PersonId author) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO kind_act (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.couple().value().toString(), r.author().value().toString(), r.content(),
                        r.day().toString(), r.doneAt(), r.visibility().name(), r.createdAt(), r.updatedAt())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kind_act WHERE id = ?").param(id.toString())
                .query(KindActRepository::map).optional();
    }

    /** The viewer's own kind acts in a couple and those the partner shares, newest day first. */
    /** A person's own kind acts, private or shared, in any space, newest day first. */
    public List<Row> byAuthor(PersonId author, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kind_act WHERE author_id = ? ORDER BY day DESC, created_at DESC, id LIMIT ?")
                .params(author.value().toString(), limit).query(KindActRepository::map).list();
    }

    public List<Row> visibleTo(CoupleId couple, PersonId viewer, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM kind_act WHERE couple_id = ? AND (author_id = ? OR visibility = 'PARTNER') "
                        + "ORDER BY day DESC, created_at DESC, id LIMIT ?")
                .params(couple.value().toString(), viewer.value().toString(), limit).query(KindActRepository::map).list();
    }

    public void setVisibility(UUID id, Visibility visibility, long now) {
        jdbc.sql("UPDATE kind_act SET visibility = ?, updated_at = ? WHERE id = ?")
                .params(visibility.name(), now, id.toString()).update();
    }

    /** Shared kind acts of a couple done from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Done> sharedBetween(CoupleId couple, long from, long to) {
        return jdbc.sql("SELECT done_at, author_id FROM kind_act WHERE couple_id = ? AND visibility = 'PARTNER' "
                        + "AND done_at >= ? AND done_at < ?")
                .params(couple.value().toString(), from, to)
                .query((rs, n) -> new Done(rs.getLong(1), PersonId.of(rs.getString(2)))).list();
    }

    /** A person's private kind acts in a couple done from {@code from} to {@code to}: only for their own eyes. */
    public List<Long> privateBetween(CoupleId couple, PersonId author, long from, long to) {
        return jdbc.sql("SELECT done_at FROM kind_act WHERE couple_id = ? AND author_id = ? AND visibility = 'PRIVATE' "
                        + "AND done_at >= ? AND done_at < ?")
                .params(couple.value().toString(), author.value().toString(), from, to)
                .query((rs, n) -> rs.getLong(1)).list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(UUID.fromString(rs.getString("id")), CoupleId.of(rs.getString("couple_id")),
                PersonId.of(rs.getString("author_id")), rs.getBytes("content"), LocalDate.parse(rs.getString("day")),
                rs.getLong("done_at"), Visibility.valueOf(rs.getString("visibility")), rs.getLong("created_at"),
                rs.getLong("updated_at"));
    }
}
