package app.kintsugi.operations.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Schema versions: the one a database is at (Flyway's history) and the newest this jar ships. */
public final class SchemaVersions {

    private static final Pattern MIGRATION = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.*\\.sql$");

    private SchemaVersions() {
    }

    /** The newest successfully applied versioned migration, or null for a database without Flyway's history. */
    public static MigrationVersion applied(Connection c) throws SQLException {
        MigrationVersion newest = null;
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                if (rs.getBoolean(2)) {
                    MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                    if (newest == null || v.compareTo(newest) > 0) {
                        newest = v;
                    }
                }
            }
        } catch (SQLException noHistory) {
            if (newest == null && !tableExists(c)) {
                return null;
            }
            throw noHistory;
        }
        return newest;
    }

    private static boolean tableExists(Connection c) {
        try (ResultSet rs = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /** The newest migration in this jar, from the configured locations (classpath: only). */
    public static MigrationVersion known(String locations) {
        MigrationVersion newest = MigrationVersion.EMPTY;
        var resolver = new PathMatchingResourcePatternResolver();
        for (String location : locations.split(",")) {
            String path = location.strip().replaceFirst("^classpath:", "");
            try {
                for (Resource r : resolver.getResources("classpath*:" + path + "/**/*.sql")) {
                    Matcher m = MIGRATION.matcher(r.getFilename() == null ? "" : r.getFilename());
                    if (m.matches()) {
                        MigrationVersion v = MigrationVersion.fromVersion(m.group(1).replace('_', '.'));
                        if (v.compareTo(newest) > 0) {
                            newest = v;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return newest;
    }
}
