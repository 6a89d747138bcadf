package app.kintsugi.checkin.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.checkin.Cadence;

/** The measures a person chose to answer and how often: one row per person and questionnaire. */
@Repository
@RequiredArgsConstructor
public class MeasureScheduleRepository {

    public record Row(PersonId person, String questionnaire, Cadence cadence, LocalDate startsOn, long createdAt, long updatedAt) {
    }

    private final JdbcClient jdbc;

    public List<Row> of(PersonId person) {
        return jdbc.sql("SELECT questionnaire_id, cadence, starts_on, created_at, updated_at FROM measure_schedule WHERE person_id = ? "
                        + "ORDER BY questionnaire_id")
                .param(person.value().toString())
                .query((rs, n) -> new Row(person, rs.getString(1), Cadence.of(rs.getString(2)), LocalDate.parse(rs.getString(3)),
                        rs.getLong(4), rs.getLong(5)))
                .list().stream().filter(r -> r.cadence() != null).toList();
    }

    public Optional<Row> find(PersonId person, String questionnaire) {
        return of(person).stream().filter(r -> r.questionnaire().equals(questionnaire)).findFirst();
    }

    /** Sets the cadence, from {@code startsOn}; one statement each way, so two windows at once leave one row. */
    public void put(PersonId person, String questionnaire, Cadence cadence, LocalDate startsOn, long now) {
        int updated = jdbc.sql("UPDATE measure_schedule SET cadence = ?, starts_on = ?, updated_at = ?, version = version + 1 "
                        + "WHERE person_id = ? AND questionnaire_id = ?")
                .params(cadence.code(), startsOn.toString(), now, person.value().toString(), questionnaire).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO measure_schedule (person_id, questionnaire_id, cadence, starts_on, created_at, updated_at, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (person_id, questionnaire_id) DO NOTHING")
                    .params(person.value().toString(), questionnaire, cadence.code(), startsOn.toString(), now, now).update();
        }
    }

    public boolean remove(PersonId person, String questionnaire) {
        return jdbc.sql("DELETE FROM measure_schedule WHERE person_id = ? AND questionnaire_id = ?")
                .params(person.value().toString(), questionnaire).update() == 1;
    }
}
