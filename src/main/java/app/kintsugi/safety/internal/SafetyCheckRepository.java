package app.kintsugi.safety.internal;

import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;

/** The sealed safety checks a person answered. */
@Repository
@RequiredArgsConstructor
public class SafetyCheckRepository {

    private final JdbcClient jdbc;

    /** One answered check: its sealed answers, opened only by its own person. */
    public record Row(UUID id, long answeredAt, byte[] answers) {
    }

    public void insert(UUID id, PersonId person, long answeredAt, byte[] answers) {
        jdbc.sql("INSERT INTO safety_check (id, person_id, answered_at, answers) VALUES (?, ?, ?, ?)")
                .params(id.toString(), person.value().toString(), answeredAt, answers).update();
    }

    public boolean any(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM safety_check WHERE person_id = ?").param(person.value().toString())
                .query(Long.class).single() > 0;
    }

    public Optional<Row> latest(PersonId person) {
        return jdbc.sql("""
                SELECT id, answered_at, answers FROM safety_check WHERE person_id = ?
                ORDER BY answered_at DESC, id DESC LIMIT 1""")
                .param(person.value().toString())
                .query((rs, n) -> new Row(UUID.fromString(rs.getString(1)), rs.getLong(2), rs.getBytes(3)))
                .optional();
    }
}
