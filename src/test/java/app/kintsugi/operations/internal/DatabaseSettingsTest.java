package app.kintsugi.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** What the command line reads from its settings and from the jar, without a database. */
class DatabaseSettingsTest {

    @Test
    void theDatabaseFileComesFromTheUrlWithoutItsOptions() {
        var db = new DatabaseSettings("jdbc:sqlite:/data/kintsugi.db?journal_mode=WAL&busy_timeout=10000", null, null,
                List.of(), true, "classpath:db/migration");
        assertThat(db.sqliteFile()).isEqualTo(Path.of("/data/kintsugi.db"));
        assertThat(db.withSqliteFile(Path.of("/tmp/copy.db")).url())
                .isEqualTo("jdbc:sqlite:/tmp/copy.db?journal_mode=WAL&busy_timeout=10000");
    }

    @Test
    void theJarKnowsItsNewestMigration() {
        assertThat(SchemaVersions.known("classpath:db/migration")).isGreaterThanOrEqualTo(MigrationVersion.fromVersion("31"));
    }
}
