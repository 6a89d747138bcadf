package app.kintsugi.communication.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;
import app.kintsugi.couple.CoupleId;

@Repository
@RequiredArgsConstructor
public class DialogueRepository {

    private final JdbcClient jdbc;

    public record ThreadRow(UUID id, CoupleId couple, PersonId starter, PersonId partner, byte[] topic, long createdAt,
            long lastMessageAt) {
    }

    public record MessageRow(UUID id, UUID thread, PersonId author, byte[] content, long createdAt) {
    }

    private static final String THREAD_COLUMNS = "id, couple_id, starter_id, partner_id, topic, created_at, last_message_at";

    public void insertThread(ThreadRow t) {
        jdbc.sql("INSERT INTO dialogue_thread (" + THREAD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(t.id().toString(), t.couple().value().toString(), t.starter().value().toString(),
                        t.partner().value().toString(), t.topic(), t.createdAt(), t.lastMessageAt())
                .update();
    }

    public Optional<ThreadRow> thread(UUID id) {
        return jdbc.sql("SELECT " + THREAD_COLUMNS + " FROM dialogue_thread WHERE id = ?").param(id.toString())
                .query(DialogueRepository::thread).optional();
    }

    public List<ThreadRow> threads(CoupleId couple) {
        return jdbc.sql("SELECT " + THREAD_COLUMNS + " FROM dialogue_thread WHERE couple_id = ? ORDER BY last_message_at DESC, id")
                .param(couple.value().toString()).query(DialogueRepository::thread).list();
    }

    /** Threads a person started or was written to, in any space, most recent message first. */
    public List<ThreadRow> threadsInvolving(PersonId person, int limit) {
        return jdbc.sql("SELECT " + THREAD_COLUMNS + " FROM dialogue_thread WHERE starter_id = ? OR partner_id = ?"
                        + " ORDER BY last_message_at DESC, id LIMIT ?")
                .params(person.value().toString(), person.value().toString(), limit).query(DialogueRepository::thread).list();
    }

    /** How many messages this person wrote in each thread they wrote in. */
    public java.util.Map<UUID, Integer> messageCountsBy(PersonId person) {
        java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT thread_id, COUNT(*) FROM dialogue_message WHERE author_id = ? GROUP BY thread_id")
                .param(person.value().toString())
                .query((rs, n) -> counts.put(UUID.fromString(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    public void insertMessage(MessageRow m) {
        jdbc.sql("INSERT INTO dialogue_message (id, thread_id, author_id, content, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(m.id().toString(), m.thread().toString(), m.author().value().toString(), m.content(), m.createdAt())
                .update();
        jdbc.sql("UPDATE dialogue_thread SET last_message_at = ? WHERE id = ? AND last_message_at < ?")
                .params(m.createdAt(), m.thread().toString(), m.createdAt()).update();
    }

    public List<MessageRow> messages(UUID thread) {
        return jdbc.sql("SELECT id, thread_id, author_id, content, created_at FROM dialogue_message WHERE thread_id = ? "
                        + "ORDER BY created_at, id")
                .param(thread.toString())
                .query((rs, n) -> new MessageRow(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                        PersonId.of(rs.getString(3)), rs.getBytes(4), rs.getLong(5)))
                .list();
    }

    /** For each thread of a couple that has messages: how many, and how many the reader has not opened. */
    public java.util.Map<UUID, int[]> messageCounts(CoupleId couple, PersonId reader) {
        java.util.Map<UUID, int[]> counts = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT m.thread_id, COUNT(*),
                       SUM(CASE WHEN m.author_id <> ? AND m.created_at > COALESCE(r.read_at, -1) THEN 1 ELSE 0 END)
                FROM dialogue_thread t
                JOIN dialogue_message m ON m.thread_id = t.id
                LEFT JOIN dialogue_read r ON r.thread_id = t.id AND r.person_id = ?
                WHERE t.couple_id = ?
                GROUP BY m.thread_id""")
                .params(reader.value().toString(), reader.value().toString(), couple.value().toString())
                .query((rs, n) -> counts.put(UUID.fromString(rs.getString(1)), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        return counts;
    }

    public void markRead(UUID thread, PersonId reader, long at) {
        jdbc.sql("""
                INSERT INTO dialogue_read (thread_id, person_id, read_at) VALUES (?, ?, ?)
                ON CONFLICT (thread_id, person_id) DO UPDATE SET read_at = excluded.read_at
                WHERE dialogue_read.read_at < excluded.read_at""")
                .params(thread.toString(), reader.value().toString(), at).update();
    }

    private static ThreadRow thread(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ThreadRow(UUID.fromString(rs.getString(1)), CoupleId.of(rs.getString(2)), PersonId.of(rs.getString(3)),
                PersonId.of(rs.getString(4)), rs.getBytes(5), rs.getLong(6), rs.getLong(7));
    }
}
