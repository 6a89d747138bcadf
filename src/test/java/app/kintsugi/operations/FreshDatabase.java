package app.kintsugi.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.kintsugi.TestDatabase;
import app.kintsugi.operations.internal.DatabaseSettings;
import app.kintsugi.privacy.CryptoProperties;

/**
 * A database of its own for one test of the operator's commands, on the suite's database kind:
 * a data directory with a SQLite file, or a PostgreSQL schema of its own (dropped by {@link #close()}).
 * The commands run in-process with these settings, as the jar would read them from the environment.
 */
final class FreshDatabase implements AutoCloseable {

    final Path dataDir;
    final Map<String, Object> settings = new LinkedHashMap<>();
    private final String schema;

    FreshDatabase(Path dataDir) {
        this.dataDir = dataDir;
        settings.put("kintsugi.data-dir", dataDir.toString());
        if (TestDatabase.postgres()) {
            schema = "kintsugi_ops_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            settings.put("spring.datasource.url", url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema);
            settings.put("spring.datasource.username", user());
            settings.put("spring.datasource.password", password());
            settings.put("spring.flyway.schemas", schema);
        } else {
            schema = null;
        }
    }

    static String url() {
        return System.getenv().getOrDefault("KINTSUGI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    static String user() {
        return System.getenv().getOrDefault("KINTSUGI_TEST_DB_USER", "postgres");
    }

    static String password() {
        return System.getenv().getOrDefault("KINTSUGI_TEST_DB_PASSWORD", "");
    }

    /** The settings as the jar reads them: these first, then application.properties. */
    StandardEnvironment environment() {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.copyOf(settings)));
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        return env;
    }

    DatabaseSettings database() {
        return DatabaseSettings.from(environment());
    }

    CryptoProperties keys() {
        var env = environment();
        return new CryptoProperties(env.getProperty("kintsugi.crypto.master-key"), env.getProperty("kintsugi.crypto.master-key-file"),
                env.getProperty("kintsugi.crypto.destroyed-keys-file"));
    }

    Path keyFile() {
        return Path.of(keys().masterKeyFile());
    }

    SingleConnectionDataSource dataSource() throws SQLException {
        return database().dataSource();
    }

    /** What a command printed and how it ended. */
    record Outcome(int code, String out, String err) {
    }

    Outcome run(String... args) {
        return run(new OperationsCommand.Hooks(0, java.time.Duration.ZERO), args);
    }

    Outcome run(OperationsCommand.Hooks hooks, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = OperationsCommand.run(args, environment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), hooks);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        if (schema != null) {
            try (var c = DriverManager.getConnection(url(), user(), password()); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException ignored) {
                // A leftover schema only costs disk space on a test machine.
            }
        }
        if (Files.exists(dataDir)) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
