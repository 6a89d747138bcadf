package app.kintsugi.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.PersonId;

@Repository
@RequiredArgsConstructor
public class PasswordResetRepository {

    private final JdbcClient jdbc;

    public record Request(UUID id, String email, boolean discreet) {
    }

    public void insert(UUID id, String email, boolean discreet, long now, long expiresAt) {
        jdbc.sql("""
                INSERT INTO password_reset (id, email, discreet, requested_at, expires_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(id.toString(), email, discreet, now, expiresAt).update();
    }

    /** Requests the links job has not decided on yet. */
    public List<Request> undecided() {
        return jdbc.sql("SELECT id, email, discreet FROM password_reset WHERE mailed_at IS NULL AND email IS NOT NULL ORDER BY requested_at")
                .query((rs, n) -> new Request(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /** The link went: the address is forgotten, the person and the link's hash are kept until it is used or expires. */
    public void mailed(UUID id, PersonId person, String tokenHash, long now, long expiresAt) {
        jdbc.sql("""
                UPDATE password_reset SET email = NULL, person_id = ?, token_hash = ?, mailed_at = ?, expires_at = ?
                WHERE id = ?""")
                .params(person.value().toString(), tokenHash, now, expiresAt, id.toString()).update();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM password_reset WHERE id = ?").param(id.toString()).update();
    }

    /** When the person was last sent a link, if one is still working. */
    public Optional<Long> lastMailedTo(PersonId person, long now) {
        return jdbc.sql("SELECT MAX(mailed_at) FROM password_reset WHERE person_id = ? AND expires_at > ?")
                .params(person.value().toString(), now).query(Long.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** The person a working link is for. */
    public Optional<PersonId> personFor(String tokenHash, long now) {
        return jdbc.sql("SELECT person_id FROM password_reset WHERE token_hash = ? AND expires_at > ? AND person_id IS NOT NULL")
                .params(tokenHash, now).query((rs, n) -> PersonId.of(rs.getString(1))).optional();
    }

    /** Uses the link: true for the one request that deleted it, so it works once even when pressed twice. */
    public boolean use(String tokenHash, long now) {
        return jdbc.sql("DELETE FROM password_reset WHERE token_hash = ? AND expires_at > ?").params(tokenHash, now).update() == 1;
    }

    /** Every link of the person stops working (the password changed). */
    public void deleteFor(PersonId person) {
        jdbc.sql("DELETE FROM password_reset WHERE person_id = ?").param(person.value().toString()).update();
    }

    public int deleteExpired(long now) {
        return jdbc.sql("DELETE FROM password_reset WHERE expires_at <= ?").param(now).update();
    }
}
