package app.kintsugi.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.AccountRole;
import app.kintsugi.account.PersonId;

@Repository
@RequiredArgsConstructor
public class ApiTokenRepository {

    private final JdbcClient jdbc;

    public record Row(UUID id, PersonId person, byte[] name, String scopes, long createdAt, long expiresAt, Long lastUsedAt) {
    }

    /** What the API needs to let a request in: the token's owner, their role and the token's limits. */
    public record Holder(UUID id, PersonId person, AccountRole role, String scopes, long expiresAt, Long lastUsedAt) {
    }

    public void insert(UUID id, PersonId person, byte[] name, String hash, String scopes, long now, long expiresAt) {
        jdbc.sql("INSERT INTO api_token (id, person_id, name, token_hash, scopes, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id.toString(), person.value().toString(), name, hash, scopes, now, expiresAt).update();
    }

    public List<Row> of(PersonId person) {
        return jdbc.sql("SELECT id, person_id, name, scopes, created_at, expires_at, last_used_at FROM api_token "
                        + "WHERE person_id = ? ORDER BY created_at DESC, id")
                .param(person.value().toString())
                .query((rs, n) -> new Row(UUID.fromString(rs.getString(1)), new PersonId(UUID.fromString(rs.getString(2))),
                        rs.getBytes(3), rs.getString(4), rs.getLong(5), rs.getLong(6), nullableLong(rs, 7)))
                .list();
    }

    public int count(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE person_id = ?").param(person.value().toString())
                .query(Integer.class).single();
    }

    public Optional<Holder> byHash(String hash) {
        return jdbc.sql("SELECT t.id, t.person_id, p.account_role, t.scopes, t.expires_at, t.last_used_at FROM api_token t "
                        + "JOIN person p ON p.id = t.person_id WHERE t.token_hash = ?")
                .param(hash)
                .query((rs, n) -> new Holder(UUID.fromString(rs.getString(1)), new PersonId(UUID.fromString(rs.getString(2))),
                        AccountRole.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5), nullableLong(rs, 6)))
                .optional();
    }

    public void used(UUID id, long now) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(now, id.toString()).update();
    }

    public boolean delete(PersonId person, UUID id) {
        return jdbc.sql("DELETE FROM api_token WHERE id = ? AND person_id = ?").params(id.toString(), person.value().toString())
                .update() == 1;
    }

    public int deleteAll(PersonId person) {
        return jdbc.sql("DELETE FROM api_token WHERE person_id = ?").param(person.value().toString()).update();
    }


    private static Long nullableLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
