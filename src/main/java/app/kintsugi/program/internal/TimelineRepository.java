package app.kintsugi.program.internal;

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
import app.kintsugi.program.TimelineKind;

@Repository
@RequiredArgsConstructor
public class TimelineRepository {

    private static final String COLUMNS = "id, author_id, couple_id, kind, visibility, occurred_on, content, created_at";

    private final JdbcClient jdbc;

    public record Row(UUID id, PersonId author, CoupleId couple, TimelineKind kind, Visibility visibility, String occurredOn,
            byte[] content, long createdAt) {
    }

    public void insert(Row r) {
        jdbc.sql("INSERT INTO timeline_entry (" + COLUMNS + ", version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(r.id().toString(), r.author().value().toString(), r.couple() == null ? null : r.couple().value().toString(),
                        r.kind().name(), r.visibility().name(), r.occurredOn(), r.content(), r.createdAt())
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM timeline_entry WHERE id = ?").param(id.toString())
                .query(TimelineRepository::map).optional();
    }

    public List<Row> byAuthor(PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM timeline_entry WHERE author_id = ?")
                .param(author.value().toString()).query(TimelineRepository::map).list();
    }

    public List<Row> sharedInCouple(CoupleId couple, PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM timeline_entry WHERE couple_id = ? AND visibility = ? AND author_id = ?")
                .params(couple.value().toString(), Visibility.PARTNER.name(), author.value().toString())
                .query(TimelineRepository::map).list();
    }

    public void updateVisibility(UUID id, Visibility visibility, CoupleId couple) {
        jdbc.sql("UPDATE timeline_entry SET visibility = ?, couple_id = ?, version = version + 1 WHERE id = ?")
                .params(visibility.name(), couple == null ? null : couple.value().toString(), id.toString()).update();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM timeline_entry WHERE id = ?").param(id.toString()).update();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String couple = rs.getString("couple_id");
        return new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("author_id")),
                couple == null ? null : CoupleId.of(couple), TimelineKind.valueOf(rs.getString("kind")),
                Visibility.valueOf(rs.getString("visibility")), rs.getString("occurred_on"), rs.getBytes("content"),
                rs.getLong("created_at"));
    }
}
