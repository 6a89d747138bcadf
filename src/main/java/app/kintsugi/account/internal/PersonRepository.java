package app.kintsugi.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.account.Settings;
import app.kintsugi.account.Theme;

@Repository
@RequiredArgsConstructor
public class PersonRepository {

    private static final String COLUMNS =
            "id, email, display_name, password_hash, locale, theme, discreet_mode, time_zone, version, account_role";

    private final JdbcClient jdbc;

    public record Row(Person person, String passwordHash, AccountRole role) {
    }

    public void insert(Person p, String passwordHash, AccountRole role, long createdAt) {
        jdbc.sql("""
                INSERT INTO person (id, email, display_name, password_hash, locale, theme, discreet_mode, time_zone,
                                    created_at, version, account_role)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(p.id().value().toString(), p.email(), p.displayName(), passwordHash, p.language(),
                        p.theme().name(), p.discreetMode(), p.timeZone().getId(), createdAt, role.name())
                .update();
    }

    public Optional<Row> findById(PersonId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = ?")
                .param(id.value().toString())
                .query(PersonRepository::map)
                .optional();
    }

    public Optional<Row> findByEmail(String normalizedEmail) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE email = ?")
                .param(normalizedEmail)
                .query(PersonRepository::map)
                .optional();
    }

    public boolean emailTaken(String normalizedEmail) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE email = ?").param(normalizedEmail)
                .query(Long.class).single() > 0;
    }

    /** Returns false when the row changed since {@code expectedVersion} was read. */
    public boolean updateSettings(PersonId id, Settings s, long expectedVersion) {
        return jdbc.sql("""
                UPDATE person SET display_name = ?, locale = ?, theme = ?, discreet_mode = ?, time_zone = ?,
                       version = version + 1
                WHERE id = ? AND version = ?""")
                .params(s.displayName(), s.language(), s.theme().name(), s.discreetMode(), s.timeZone(),
                        id.value().toString(), expectedVersion)
                .update() == 1;
    }

    /** A new password hash; the settings' version is left alone, so an open settings form is not made stale. */
    public void updatePassword(PersonId id, String passwordHash) {
        jdbc.sql("UPDATE person SET password_hash = ?, password_change_due = FALSE WHERE id = ?")
                .params(passwordHash, id.value().toString()).update();
    }

    public void requirePasswordChange(PersonId id) {
        jdbc.sql("UPDATE person SET password_change_due = TRUE WHERE id = ?").param(id.value().toString()).update();
    }

    public boolean passwordChangeDue(PersonId id) {
        return jdbc.sql("SELECT password_change_due FROM person WHERE id = ?").param(id.value().toString())
                .query(Boolean.class).optional().orElse(false);
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        Person person = new Person(PersonId.of(rs.getString("id")), rs.getString("email"),
                rs.getString("display_name"), rs.getString("locale"), Theme.valueOf(rs.getString("theme")),
                rs.getBoolean("discreet_mode"), java.time.ZoneId.of(rs.getString("time_zone")), rs.getLong("version"));
        return new Row(person, rs.getString("password_hash"), AccountRole.valueOf(rs.getString("account_role")));
    }
}
