package app.kintsugi.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
public class PendingRegistrationRepository {

    private final JdbcClient jdbc;

    public record Pending(UUID id, String email, String displayName, String passwordHash, String language, String timeZone,
            String continuePath, boolean discreet) {
    }

    private static final String COLUMNS = "id, email, display_name, password_hash, language, time_zone, continue_path, discreet";

    public void insert(UUID id, String email, String displayName, String passwordHash, String language, String timeZone,
            String continuePath, boolean discreet, long now, long expiresAt) {
        jdbc.sql("""
                INSERT INTO pending_registration (id, email, display_name, password_hash, language, time_zone,
                continue_path, discreet, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.toString(), email, displayName, passwordHash, language, timeZone, continuePath, discreet, now,
                        expiresAt)
                .update();
    }

    public List<Pending> unmailed(long now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pending_registration WHERE mailed_at IS NULL AND expires_at > ? ORDER BY created_at")
                .param(now).query(PendingRegistrationRepository::row).list();
    }

    public void mailed(UUID id, String tokenHash, long now) {
        jdbc.sql("UPDATE pending_registration SET token_hash = ?, mailed_at = ? WHERE id = ?")
                .params(tokenHash, now, id.toString()).update();
    }

    public Optional<Pending> byToken(String tokenHash, long now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pending_registration WHERE token_hash = ? AND expires_at > ?")
                .params(tokenHash, now).query(PendingRegistrationRepository::row).optional();
    }

    public void deleteFor(String email) {
        jdbc.sql("DELETE FROM pending_registration WHERE email = ?").param(email).update();
    }

    public int deleteExpired(long now) {
        return jdbc.sql("DELETE FROM pending_registration WHERE expires_at <= ?").param(now).update();
    }

    private static Pending row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Pending(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8));
    }
}
