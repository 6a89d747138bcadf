package app.kintsugi.program.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.program.InboxItem;

@Repository
@RequiredArgsConstructor
public class InboxHistoryRepository {

    private final JdbcClient jdbc;

    public record Row(UUID id, String itemKey, String messageKey, PersonId from, String path, long firstSeen, Long openedAt) {
    }

    /** Item key to the time it first appeared, for everything not opened yet. */
    public Map<String, Long> unopened(PersonId person) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("SELECT item_key, first_seen FROM inbox_entry WHERE person_id = ? AND opened_at IS NULL")
                .param(person.value().toString())
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    /** Records a new item; a second view at the same moment records nothing more. */
    public void add(PersonId person, InboxItem item, PersonId from, long now) {
        jdbc.sql("""
                INSERT INTO inbox_entry (id, person_id, item_key, message_key, from_id, path, first_seen, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
                ON CONFLICT (person_id, item_key) WHERE opened_at IS NULL DO NOTHING""")
                .params(UUID.randomUUID().toString(), person.value().toString(), item.key(), item.messageKey(),
                        from == null ? null : from.value().toString(), item.path(), now)
                .update();
    }

    public void markOpened(PersonId person, String itemKey, long now) {
        jdbc.sql("UPDATE inbox_entry SET opened_at = ? WHERE person_id = ? AND item_key = ? AND opened_at IS NULL")
                .params(now, person.value().toString(), itemKey).update();
    }

    /** The person's history, newest first. */
    public List<Row> history(PersonId person, int limit) {
        return jdbc.sql("""
                SELECT id, item_key, message_key, from_id, path, first_seen, opened_at FROM inbox_entry
                WHERE person_id = ? ORDER BY first_seen DESC, id LIMIT ?""")
                .params(person.value().toString(), limit)
                .query((rs, n) -> {
                    long opened = rs.getLong(7);
                    Long openedAt = rs.wasNull() ? null : opened;
                    String from = rs.getString(4);
                    return new Row(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                            from == null ? null : PersonId.of(from), rs.getString(5), rs.getLong(6), openedAt);
                })
                .list();
    }

    public void deleteAllOf(PersonId person) {
        jdbc.sql("DELETE FROM inbox_entry WHERE person_id = ?").param(person.value().toString()).update();
    }
}
