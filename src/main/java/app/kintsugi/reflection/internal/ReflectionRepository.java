package app.kintsugi.reflection.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.reflection.ReflectionId;

/** Rows hold ids, visibility, times and one encrypted blob; never readable text. */
@Repository
@RequiredArgsConstructor
public class ReflectionRepository {

    private static final String COLUMNS = "id, author_id, couple_id, visibility, content, created_at, updated_at, version";

    private final JdbcClient jdbc;

    public record Row(ReflectionId id, PersonId author, CoupleId couple, Visibility visibility, byte[] content,
            long createdAt, long updatedAt, long version) {
    }

    public void insert(Row row) {
        jdbc.sql("INSERT INTO reflection (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.id().value().toString(), row.author().value().toString(),
                        row.couple() == null ? null : row.couple().value().toString(), row.visibility().name(),
                        row.content(), row.createdAt(), row.updatedAt(), row.version())
                .update();
    }

    public Optional<Row> find(ReflectionId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reflection WHERE id = ?")
                .param(id.value().toString())
                .query(ReflectionRepository::map)
                .optional();
    }

    public List<Row> byAuthor(PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reflection WHERE author_id = ? ORDER BY updated_at DESC, id")
                .param(author.value().toString())
                .query(ReflectionRepository::map)
                .list();
    }

    public List<Row> sharedInCouple(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reflection WHERE couple_id = ? AND visibility = ? AND author_id = ? "
                        + "ORDER BY updated_at DESC, id")
                .params(couple.value().toString(), Visibility.PARTNER.name(), author.value().toString())
                .query(ReflectionRepository::map)
                .list();
    }

    /** Optimistic update: false when the version moved on since the author read it. */
    public boolean updateContent(ReflectionId id, PersonId author, long expectedVersion, byte[] content, long now) {
        return jdbc.sql("""
                UPDATE reflection SET content = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND author_id = ? AND version = ?""")
                .params(content, now, id.value().toString(), author.value().toString(), expectedVersion)
                .update() == 1;
    }

    public void updateVisibility(ReflectionId id, Visibility visibility, CoupleId couple, long now) {
        jdbc.sql("UPDATE reflection SET visibility = ?, couple_id = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(visibility.name(), couple == null ? null : couple.value().toString(), now, id.value().toString())
                .update();
    }

    public void delete(ReflectionId id) {
        jdbc.sql("DELETE FROM reflection WHERE id = ?").param(id.value().toString()).update();
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String couple = rs.getString("couple_id");
        return new Row(new ReflectionId(java.util.UUID.fromString(rs.getString("id"))),
                PersonId.of(rs.getString("author_id")), couple == null ? null : CoupleId.of(couple),
                Visibility.valueOf(rs.getString("visibility")), rs.getBytes("content"), rs.getLong("created_at"),
                rs.getLong("updated_at"), rs.getLong("version"));
    }
}
