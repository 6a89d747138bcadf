package app.kintsugi.checkin.internal;

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

@Repository
@RequiredArgsConstructor
public class CheckInRepository {

    private static final String COLUMNS = "id, person_id, questionnaire_id, definition, week, answers, scores, complete, created_at, "
            + "updated_at, version";

    private final JdbcClient jdbc;

    public record Row(UUID id, PersonId person, String questionnaire, int definition, LocalDate week, byte[] answers, byte[] scores,
            boolean complete, long createdAt, long updatedAt, long version) {
    }

    public Optional<Row> find(PersonId person, String questionnaire, LocalDate week) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM questionnaire_response WHERE person_id = ? AND questionnaire_id = ? AND week = ?")
                .params(person.value().toString(), questionnaire, week.toString()).query(CheckInRepository::map).optional();
    }

    /** The person's complete responses to one questionnaire, oldest week first. */
    public List<Row> complete(PersonId person, String questionnaire) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM questionnaire_response WHERE person_id = ? AND questionnaire_id = ? "
                        + "AND complete = 1 ORDER BY week")
                .params(person.value().toString(), questionnaire).query(CheckInRepository::map).list();
    }

    /** The day of the person's newest complete response to each questionnaire they answered: one query for all. */
    public java.util.Map<String, LocalDate> lastComplete(PersonId person) {
        java.util.Map<String, LocalDate> out = new java.util.HashMap<>();
        jdbc.sql("SELECT questionnaire_id, MAX(week) FROM questionnaire_response WHERE person_id = ? AND complete = 1 "
                        + "GROUP BY questionnaire_id")
                .param(person.value().toString())
                .query((rs, n) -> out.put(rs.getString(1), LocalDate.parse(rs.getString(2)))).list();
        return out;
    }

    public boolean hasComplete(PersonId person, String questionnaire) {
        return jdbc.sql("SELECT COUNT(*) FROM questionnaire_response WHERE person_id = ? AND questionnaire_id = ? AND complete = 1")
                .params(person.value().toString(), questionnaire).query(Long.class).single() > 0;
    }

    public boolean insert(Row r) {
        return jdbc.sql("INSERT INTO questionnaire_response (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (person_id, questionnaire_id, week) DO NOTHING")
                .params(r.id().toString(), r.person().value().toString(), r.questionnaire(), r.definition(), r.week().toString(),
                        r.answers(), r.scores(), r.complete() ? 1 : 0, r.createdAt(), r.updatedAt(), r.version())
                .update() == 1;
    }

    public boolean update(UUID id, long expectedVersion, int definition, byte[] answers, byte[] scores, boolean complete, long now) {
        return jdbc.sql("""
                UPDATE questionnaire_response SET definition = ?, answers = ?, scores = ?, complete = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(definition, answers, scores, complete ? 1 : 0, now, id.toString(), expectedVersion).update() == 1;
    }

    public boolean sharesWithPartner(PersonId person) {
        return jdbc.sql("SELECT partner FROM score_sharing WHERE person_id = ?").param(person.value().toString())
                .query(Integer.class).optional().map(v -> v != 0).orElse(false);
    }

    public void setSharing(PersonId person, boolean partner, long now) {
        int updated = jdbc.sql("UPDATE score_sharing SET partner = ?, updated_at = ? WHERE person_id = ?")
                .params(partner ? 1 : 0, now, person.value().toString()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO score_sharing (person_id, partner, updated_at) VALUES (?, ?, ?) ON CONFLICT (person_id) DO NOTHING")
                    .params(person.value().toString(), partner ? 1 : 0, now).update();
        }
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("person_id")), rs.getString("questionnaire_id"),
                rs.getInt("definition"), LocalDate.parse(rs.getString("week")), rs.getBytes("answers"), rs.getBytes("scores"),
                rs.getInt("complete") != 0, rs.getLong("created_at"), rs.getLong("updated_at"), rs.getLong("version"));
    }
}
