package app.kintsugi.checkin.internal;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;

/** The questionnaires counselors added: one row each, its definition as written. */
@Repository
@RequiredArgsConstructor
public class AddedQuestionnaireRepository {

    public record Row(String id, PersonId author, String definition, long createdAt, Long retiredAt) {

        public boolean offered() {
            return retiredAt == null;
        }

        @Override
        public String toString() {
            return "Row[" + id + "]";
        }
    }

    private static final String COLUMNS = "id, author_id, definition, created_at, retired_at";

    private final JdbcClient jdbc;

    public void insert(Row row) {
        jdbc.sql("INSERT INTO added_questionnaire (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
                .params(row.id(), row.author().value().toString(), row.definition(), row.createdAt(), row.retiredAt())
                .update();
    }

    public Optional<Row> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM added_questionnaire WHERE id = ?").param(id).query(AddedQuestionnaireRepository::row)
                .optional();
    }

    /** The author's questionnaires, newest first. */
    public List<Row> byAuthor(PersonId author) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM added_questionnaire WHERE author_id = ? ORDER BY created_at DESC, id")
                .param(author.value().toString()).query(AddedQuestionnaireRepository::row).list();
    }

    /** Stops offering it; false when it is not the author's or was retired already. */
    public boolean retire(String id, PersonId author, long now) {
        return jdbc.sql("UPDATE added_questionnaire SET retired_at = ? WHERE id = ? AND author_id = ? AND retired_at IS NULL")
                .params(now, id, author.value().toString()).update() == 1;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long retired = rs.getLong(5);
        Long retiredAt = rs.wasNull() ? null : retired;
        return new Row(rs.getString(1), new PersonId(java.util.UUID.fromString(rs.getString(2))), rs.getString(3), rs.getLong(4),
                retiredAt);
    }
}
