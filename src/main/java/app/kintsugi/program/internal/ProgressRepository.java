package app.kintsugi.program.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;
import app.kintsugi.program.ProgressStatus;

@Repository
@RequiredArgsConstructor
public class ProgressRepository {

    private final JdbcClient jdbc;

    public record Row(ProgressStatus status, Long startedAt, Long completedAt, long updatedAt) {
    }

    /** Read once per request: Today, the suggestions and the steps all ask; every write here forgets it. */
    public Map<String, Row> of(PersonId person) {
        return app.kintsugi.shared.PerRequest.remember(MEMO, person, () -> read(person));
    }

    private static final String MEMO = "program.progress";

    private Map<String, Row> read(PersonId person) {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT exercise_id, status, started_at, completed_at, updated_at FROM exercise_progress WHERE person_id = ?")
                .param(person.value().toString())
                .query(rs -> {
                    long started = rs.getLong(3);
                    Long startedAt = rs.wasNull() ? null : started;
                    long completed = rs.getLong(4);
                    Long completedAt = rs.wasNull() ? null : completed;
                    rows.put(rs.getString(1), new Row(ProgressStatus.valueOf(rs.getString(2)), startedAt, completedAt, rs.getLong(5)));
                });
        return java.util.Collections.unmodifiableMap(rows);
    }

    public void upsert(PersonId person, String exerciseId, ProgressStatus status, Long startedAt, Long completedAt, long now) {
        app.kintsugi.shared.PerRequest.forget(MEMO);
        jdbc.sql("""
                INSERT INTO exercise_progress (person_id, exercise_id, status, started_at, completed_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id, exercise_id)
                DO UPDATE SET status = excluded.status, started_at = excluded.started_at,
                              completed_at = excluded.completed_at, updated_at = excluded.updated_at""")
                .params(person.value().toString(), exerciseId, status.name(), startedAt, completedAt, now)
                .update();
    }

    public void delete(PersonId person, String exerciseId) {
        app.kintsugi.shared.PerRequest.forget(MEMO);
        jdbc.sql("DELETE FROM exercise_progress WHERE person_id = ? AND exercise_id = ?")
                .params(person.value().toString(), exerciseId).update();
    }

    public Optional<Long> lastActivity(PersonId person) {
        return of(person).values().stream().map(Row::updatedAt).max(Long::compare);
    }

    public Optional<Long> firstActivity(PersonId person) {
        return jdbc.sql("SELECT MIN(COALESCE(started_at, updated_at)) FROM exercise_progress WHERE person_id = ?")
                .param(person.value().toString())
                .query((rs, n) -> {
                    long v = rs.getLong(1);
                    return rs.wasNull() ? null : v;
                })
                .optional();
    }

    /** The space in which the person chose to share their progress, if they did. */
    public Optional<CoupleId> sharedIn(PersonId person) {
        return jdbc.sql("SELECT couple_id FROM progress_sharing WHERE person_id = ?").param(person.value().toString())
                .query((rs, n) -> rs.getString(1))
                .optional()
                .filter(java.util.Objects::nonNull)
                .map(CoupleId::of);
    }

    public void setSharedIn(PersonId person, CoupleId couple, long now) {
        jdbc.sql("""
                INSERT INTO progress_sharing (person_id, couple_id, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET couple_id = excluded.couple_id, changed_at = excluded.changed_at""")
                .params(person.value().toString(), couple == null ? null : couple.value().toString(), now).update();
    }
}
