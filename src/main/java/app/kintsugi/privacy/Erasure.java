package app.kintsugi.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.internal.ErasurePlan;
import app.kintsugi.privacy.internal.MasterKey;
import app.kintsugi.privacy.internal.SealedColumns;

/**
 * Erases a person for good: their space ends, counselor access to it ends and the counselor's notes
 * on it go, every sealed column they own is blanked wherever it is, the rows that are wholly theirs
 * are deleted ({@link ErasurePlan}), and their data key is destroyed, so a copy of the database made
 * before holds only ciphertext nobody can open. The person's id is written to the list of destroyed
 * keys beside the master key (outside every database backup) before the database is touched, and
 * into {@code erased_person}; whatever is restored later, the list is applied again.
 *
 * <p>It works on the database given to it, in the caller's transaction: the running application and
 * the operator's {@code restore} use the same steps. Running it twice for one person does nothing more.
 */
public final class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);
    static final String ACCOUNT_CLOSED = "ACCOUNT_CLOSED";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Path listFile;

    private Erasure(DataSource dataSource, Path listFile) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.listFile = listFile;
    }

    /** Erasure on this database, keeping the list of destroyed keys in {@code props.destroyedKeysFile()} (if set). */
    public static Erasure of(DataSource dataSource, CryptoProperties props) {
        String file = props.destroyedKeysFile();
        return new Erasure(dataSource, file == null || file.isBlank() ? null : Path.of(file));
    }

    /** Erases one person; {@code now} in epoch milliseconds. */
    public void erase(PersonId person, long now) {
        String id = person.value().toString();
        remember(Set.of(id));
        endSpaceAndCounselorAccess(id, now);
        Set<String> nullable = nullableColumns();
        for (SealedColumns.Column c : SealedColumns.ALL) {
            String where;
            if (c.from().equals(c.table())) {
                where = c.owner() + " = ?";
            } else {
                where = ErasurePlan.OWNED_THROUGH.get(c.name());
                if (where == null) {
                    throw new IllegalStateException("No erasure rule for " + c.name());
                }
            }
            Object blank = nullable.contains(c.name()) ? null : new byte[0];
            jdbc.sql("UPDATE " + c.table() + " SET " + c.column() + " = ? WHERE " + where + " AND " + c.column() + " IS NOT NULL")
                    .params(blank, id).update();
        }
        ErasurePlan.DELETE_ROWS.forEach((table, column) -> {
            if (!table.equals("person")) {
                jdbc.sql("DELETE FROM " + table + " WHERE " + column + " = ?").param(id).update();
            }
        });
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(id).update();
        jdbc.sql("DELETE FROM person WHERE id = ?").param(id).update();
        jdbc.sql("DELETE FROM data_key WHERE person_id = ?").param(id).update();
        jdbc.sql("INSERT INTO erased_person (person_id, erased_at) VALUES (?, ?) ON CONFLICT (person_id) DO NOTHING")
                .params(id, now).update();
        jdbc.sql("INSERT INTO audit_event (id, occurred_at, actor_id, action, subject_kind, subject_id, detail) "
                + "VALUES (?, ?, NULL, 'ACCOUNT_ERASED', 'person', ?, NULL)")
                .params(UUID.randomUUID().toString(), now, id).update();
        log.info("event=person_erased person={}", id);
    }

    /**
     * Applies the list of destroyed keys (the file and {@code erased_person}) to this database: anyone
     * on it who still has an account, a data key or a row of their own is erased again, as after a
     * restore of an older backup. The file and the table are then brought to hold the same ids.
     *
     * @return the ids erased again
     */
    public Set<String> applyList(long now) {
        Set<String> listed = new TreeSet<>(listed());
        listed.addAll(jdbc.sql("SELECT person_id FROM erased_person").query(String.class).list());
        Set<String> again = new LinkedHashSet<>();
        for (String id : listed) {
            if (stillPresent(id)) {
                erase(PersonId.of(id), now);
                again.add(id);
            }
            jdbc.sql("INSERT INTO erased_person (person_id, erased_at) VALUES (?, ?) ON CONFLICT (person_id) DO NOTHING")
                    .params(id, now).update();
        }
        remember(listed);
        return again;
    }

    /**
     * Destroys the data keys of everyone on the list file, on a database of any schema version (a
     * restored backup, before the application has migrated it): what they wrote is unreadable from
     * this moment, and the next start erases the rest ({@link #applyList}).
     *
     * @return how many data keys were destroyed
     */
    public int destroyListedKeys() {
        int destroyed = 0;
        for (String id : listed()) {
            destroyed += jdbc.sql("DELETE FROM data_key WHERE person_id = ?").param(id).update();
        }
        return destroyed;
    }

    /** The ids in the list file; empty when there is no file. */
    public Set<String> listed() {
        if (listFile == null || !Files.exists(listFile)) {
            return Set.of();
        }
        try {
            return Files.readAllLines(listFile).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> UUID.fromString(line).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("The list of destroyed keys at " + listFile + " cannot be read", e);
        }
    }

    /**
     * Whether the database still holds the person: an erasure deletes the person row and the data key in
     * one transaction, and a restore destroys only the key, so the person row is what an older database
     * brings back. Two lookups by key per listed id, at every start.
     */
    private boolean stillPresent(String id) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM person WHERE id = ?) + (SELECT COUNT(*) FROM data_key WHERE person_id = ?)")
                .params(id, id).query(Long.class).single() > 0;
    }

    /** Adds ids to the list file, written whole and atomically (never half a list). */
    private void remember(Set<String> ids) {
        if (listFile == null) {
            return;
        }
        Set<String> all = new TreeSet<>(listed());
        if (all.containsAll(ids)) {
            return;
        }
        all.addAll(ids);
        String content = "# People whose data keys were destroyed (closed accounts). Keep this file with the master key and\n"
                + "# never edit it: start-up and restore erase everyone listed here from any database, backups included.\n"
                + String.join("\n", all) + "\n";
        try {
            MasterKey.writePrivately(listFile, content);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of destroyed keys at " + listFile + " cannot be written", e);
        }
    }

    private void endSpaceAndCounselorAccess(String id, long now) {
        List<String> couples = jdbc.sql("SELECT couple_id FROM couple_member WHERE person_id = ?").param(id)
                .query(String.class).list();
        for (String couple : jdbc.sql("SELECT couple_id FROM couple_member WHERE person_id = ? AND left_at IS NULL")
                .param(id).query(String.class).list()) {
            jdbc.sql("UPDATE couple_space SET ended_at = ?, ended_by = ?, end_reason = ?, version = version + 1 "
                    + "WHERE id = ? AND ended_at IS NULL").params(now, id, ACCOUNT_CLOSED, couple).update();
            jdbc.sql("UPDATE couple_member SET left_at = ? WHERE couple_id = ? AND left_at IS NULL").params(now, couple).update();
            jdbc.sql("UPDATE couple_invitation SET revoked_at = ? WHERE couple_id = ? AND used_at IS NULL AND revoked_at IS NULL")
                    .params(now, couple).update();
        }
        Set<String> links = new HashSet<>(jdbc.sql("SELECT id FROM counselor_link WHERE counselor_id = ?").param(id)
                .query(String.class).list());
        for (String couple : couples) {
            links.addAll(jdbc.sql("SELECT id FROM counselor_link WHERE couple_id = ?").param(couple).query(String.class).list());
        }
        for (String link : links) {
            jdbc.sql("UPDATE counselor_link SET ended_at = ?, ended_by = ?, version = version + 1 WHERE id = ? AND ended_at IS NULL")
                    .params(now, id, link).update();
            jdbc.sql("DELETE FROM counselor_note WHERE link_id = ?").param(link).update();
            // The counselor's suggestions to a couple go with the access, as their notes do (answers with them).
            jdbc.sql("DELETE FROM counselor_suggestion WHERE link_id = ?").param(link).update();
            jdbc.sql("DELETE FROM counselor_visit WHERE link_id = ?").param(link).update();
        }
    }

    /** Sealed columns that may be NULL: those are set to NULL; the others hold no bytes at all. */
    private Set<String> nullableColumns() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            Set<String> nullable = new HashSet<>();
            DatabaseMetaData meta = c.getMetaData();
            // Table by table: SQLite's driver asks about every column at once with one compound SELECT,
            // whose limit on terms a schema of this size passes.
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = meta.getColumns(null, c.getSchema(), table, "%")) {
                    while (rs.next()) {
                        if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable) {
                            nullable.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT) + "."
                                    + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            return nullable;
        } catch (SQLException e) {
            throw new IllegalStateException("The schema cannot be read", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
