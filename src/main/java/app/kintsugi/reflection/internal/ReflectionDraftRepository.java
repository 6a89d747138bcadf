package app.kintsugi.reflection.internal;

import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;

/** At most one unfinished reflection per person: its id (bound into the encryption), one sealed blob, a time. */
@Repository
@RequiredArgsConstructor
public class ReflectionDraftRepository {

    private final JdbcClient jdbc;

    public record Row(UUID id, PersonId author, byte[] content, long updatedAt) {
    }

    public Optional<Row> find(PersonId author) {
        return jdbc.sql("SELECT id, author_id, content, updated_at FROM reflection_draft WHERE author_id = ?")
                .param(author.value().toString())
                .query((rs, n) -> new Row(UUID.fromString(rs.getString("id")), PersonId.of(rs.getString("author_id")),
                        rs.getBytes("content"), rs.getLong("updated_at")))
                .optional();
    }

    /** Inserts or replaces the author's draft; the id and the content sealed under it always travel together. */
    public void upsert(Row row) {
        jdbc.sql("""
                INSERT INTO reflection_draft (author_id, id, content, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (author_id) DO UPDATE SET id = excluded.id, content = excluded.content,
                    updated_at = excluded.updated_at""")
                .params(row.author().value().toString(), row.id().toString(), row.content(), row.updatedAt())
                .update();
    }

    public void delete(PersonId author) {
        jdbc.sql("DELETE FROM reflection_draft WHERE author_id = ?").param(author.value().toString()).update();
    }
}
