package app.kintsugi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Which database the tests run on: SQLite (default) or PostgreSQL when KINTSUGI_TEST_DB=postgres.
 * Each test JVM gets its own SQLite file or its own PostgreSQL schema, dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static Map<String, String> properties;

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getenv().getOrDefault("KINTSUGI_TEST_DB", "sqlite"));
    }

    public static synchronized Map<String, String> properties() {
        if (properties != null) {
            return properties;
        }
        Map<String, String> p = new LinkedHashMap<>();
        Path dataDir = Path.of("target", "test-data", RUN).toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.put("kintsugi.data-dir", dataDir.toString());
        if (postgres()) {
            String url = System.getenv().getOrDefault("KINTSUGI_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            String user = System.getenv().getOrDefault("KINTSUGI_TEST_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("KINTSUGI_TEST_DB_PASSWORD", "");
            String schema = "kintsugi_test_" + RUN.toLowerCase(Locale.ROOT);
            p.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            p.put("spring.datasource.username", user);
            p.put("spring.datasource.password", password);
            p.put("spring.flyway.schemas", schema);
            p.put("spring.flyway.create-schemas", "true");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(url, user, password, schema)));
        }
        properties = Map.copyOf(p);
        return properties;
    }

    private static void dropSchema(String url, String user, String password, String schema) {
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // Best effort: a leftover schema only costs disk space on a test machine.
        }
    }
}
