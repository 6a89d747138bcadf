package app.kintsugi.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Rules of the command line that need no database: usage and refusals. */
class OperationsCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, Object> settings, String... args) {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return OperationsCommand.run(args, env, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static final Map<String, Object> SQLITE = Map.of("spring.datasource.url", "jdbc:sqlite:/nowhere/kintsugi.db");

    @Test
    void wrongUsageExitsWith2AndSaysHow() {
        assertThat(run(SQLITE, "backup")).isEqualTo(2);
        assertThat(run(SQLITE, "backup", "--into", "x")).isEqualTo(2);
        assertThat(run(SQLITE, "restore")).isEqualTo(2);
        assertThat(run(SQLITE, "verify", "--sample", "0")).isEqualTo(2);
        assertThat(run(SQLITE, "rotate-master-key", "--batch-size", "many")).isEqualTo(2);
        assertThat(run(SQLITE, "migrate", "now")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage:", "backup --to FILE");
    }

    @Test
    void aMissingDatabaseIsRefusedWith1() {
        assertThat(run(SQLITE, "backup", "--to", "/tmp/never.zip")).isEqualTo(1);
        assertThat(run(SQLITE, "verify")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no database at /nowhere/kintsugi.db");
    }

    @Test
    void onPostgresqlBackupPrintsThePgDumpCommandAndRefuses() {
        int code = run(Map.of("spring.datasource.url", "jdbc:postgresql://db.internal:5433/kintsugi?currentSchema=app",
                "spring.datasource.username", "ops"), "backup", "--to", "/backups/k.dump");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "pg_dump --format=custom --no-owner --host=db.internal --port=5433 --username=ops --dbname=kintsugi --schema=app "
                        + "--file=/backups/k.dump");
    }
}
