package app.kintsugi.operations.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import app.kintsugi.operations.OperationsCommand;

/**
 * What an operator does for one person, from the command line, after making sure in person or by
 * phone that it is that person asking (nothing here can be done from a page, so a partner who knows a
 * password cannot):
 *
 * <pre>
 * end-sessions --email ADDRESS     signs the person out everywhere and forgets their remembered browsers
 * end-sessions --all               signs everyone out everywhere (after a leak, say)
 * remove-second-step --email ADDRESS
 *                                  for a person who lost their phone, passkeys and recovery codes: removes
 *                                  them all and signs them out everywhere; they sign in with their password
 * </pre>
 *
 * Each is told to the person as a change to how they sign in (on Today, and by mail if they have it on).
 */
public final class AccountCommands {

    private AccountCommands() {
    }

    public static int endSessions(DataSource ds, String email, PrintStream out, PrintStream err) throws SQLException {
        try (Connection c = ds.getConnection()) {
            if (email == null) {
                update(c, "DELETE FROM spring_session_attributes");
                int sessions = update(c, "DELETE FROM spring_session");
                int devices = update(c, "DELETE FROM trusted_device");
                out.println("Everyone is signed out: " + sessions + " sessions ended, " + devices + " remembered browsers forgotten.");
                return OperationsCommand.DONE;
            }
            Optional<String> person = personOf(c, email);
            if (person.isEmpty()) {
                err.println("No account has that address.");
                return OperationsCommand.REFUSED;
            }
            int sessions = endSessionsOf(c, person.get());
            int devices = update(c, "DELETE FROM trusted_device WHERE person_id = ?", person.get());
            out.println("Signed out everywhere: " + sessions + " sessions ended, " + devices + " remembered browsers forgotten.");
            return OperationsCommand.DONE;
        }
    }

    public static int removeSecondStep(DataSource ds, String email, Clock clock, PrintStream out, PrintStream err) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                Optional<String> person = personOf(c, email);
                if (person.isEmpty()) {
                    err.println("No account has that address.");
                    c.rollback();
                    return OperationsCommand.REFUSED;
                }
                String id = person.get();
                int removed = update(c, "DELETE FROM totp_factor WHERE person_id = ?", id)
                        + update(c, "DELETE FROM passkey WHERE person_id = ?", id);
                update(c, "DELETE FROM recovery_code WHERE person_id = ?", id);
                int sessions = endSessionsOf(c, id);
                update(c, "DELETE FROM trusted_device WHERE person_id = ?", id);
                if (removed > 0) {
                    update(c, "INSERT INTO sign_in_change (id, person_id, kind, changed_at) VALUES (?, ?, ?, ?)",
                            UUID.randomUUID().toString(), id, "second-step-removed", clock.millis());
                }
                c.commit();
                out.println(removed == 0 ? "This account had no second step. " + sessions + " sessions ended."
                        : "The second step is removed (" + removed + " app or passkeys, and the recovery codes); "
                                + sessions + " sessions ended. The person signs in with their password and is told on Today.");
                return OperationsCommand.DONE;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static int endSessionsOf(Connection c, String person) throws SQLException {
        update(c, "DELETE FROM spring_session_attributes WHERE session_primary_id IN "
                + "(SELECT primary_id FROM spring_session WHERE principal_name = ?)", person);
        return update(c, "DELETE FROM spring_session WHERE principal_name = ?", person);
    }

    private static Optional<String> personOf(Connection c, String email) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM person WHERE email = ?")) {
            s.setString(1, email.strip().toLowerCase(Locale.ROOT));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
