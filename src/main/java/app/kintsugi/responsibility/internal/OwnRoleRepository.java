package app.kintsugi.responsibility.internal;

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
import app.kintsugi.privacy.Visibility;

@Repository
@RequiredArgsConstructor
public class OwnRoleRepository {

    private static final String COLUMNS = "id, author_id, couple_id, visibility, content, created_at, updated_at, version";

    private final JdbcClient jdbc;

    public record Row(UUID id, PersonId author, CoupleId couple, Visibility visibility, byte[] content, long createdAt,
            long updatedAt, long version) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO own_role_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id().toString(), r.author().value().toString(), null, r.visibility().name(), r.content(),
                        r.createdAt(), r.updatedAt(), r.version())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM own_role_entry WHERE id = ?").param(id.toString())
                .query(OwnRoleRepository::map).optional();
    }

    public List<Row> byAuthor(PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM own_role_entry WHERE author_id = ? ORDER BY updated_at DESC, id")
                .param(author.value().toString()).query(OwnRoleRepository::map).list();
    }

    public List<Row> sharedInCouple(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM own_role_entry WHERE couple_id = ? AND visibility = ? AND author_id = ? "
                        + "ORDER BY updated_at DESC, id")
                .params(couple.value().toString(), Visibility.PARTNER.name(), author.value().toString())
                .query(OwnRoleRepository::map).list();
    }

    public boolean updateContent(UUID id, PersonId author, long expectedVersion, byte[] content, long now) {
        return jdbc.sql("""
                UPDATE own_role_entry SET content = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND author_id = ? AND version = ?""")
                .params(content, now, id.toString(), author.value().toString(), expectedVersion).update() == 1;
    }

    public void updateVisibility(UUID id, Visibility visibility, CoupleId couple, long now) {
        jdbc.sql("UPDATE own_role_entry SET visibility = ?, couple_id = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(visibility.name(), couple == null ? null : couple.value().toString(), now, id.toString()).update();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM own_role_entry WHERE id = ?").param(id.toString()).update();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String couple = rs.getString("couple_id");
        return new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("author_id")),
                couple == null ? null : CoupleId.of(couple), Visibility.valueOf(rs.getString("visibility")),
                rs.getBytes("content"), rs.getLong("created_at"), rs.getLong("updated_at"), rs.getLong("version"));
    }
}
