package app.kintsugi.operations.internal;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The database the server is configured with, read from the same settings (spring.datasource.*, spring.flyway.*). */
public record DatabaseSettings(String url, String username, String password, List<String> schemas, boolean createSchemas,
        String locations) {

    public static DatabaseSettings from(Environment env) {
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No database is configured (spring.datasource.url / SPRING_DATASOURCE_URL).");
        }
        String schemas = env.getProperty("spring.flyway.schemas", "");
        List<String> list = new ArrayList<>();
        for (String s : schemas.split(",")) {
            if (!s.isBlank()) {
                list.add(s.strip());
            }
        }
        return new DatabaseSettings(url, env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"), List.copyOf(list),
                env.getProperty("spring.flyway.create-schemas", Boolean.class, true),
                env.getProperty("spring.flyway.locations", "classpath:db/migration"));
    }

    public boolean sqlite() {
        return url.startsWith("jdbc:sqlite:");
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The SQLite database file: the part of the URL between "jdbc:sqlite:" and the options. */
    public Path sqliteFile() {
        String rest = url.substring("jdbc:sqlite:".length());
        int options = rest.indexOf('?');
        if (options >= 0) {
            rest = rest.substring(0, options);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        return Path.of(rest).toAbsolutePath().normalize();
    }

    /** The same URL for another SQLite file, with the same options. */
    public DatabaseSettings withSqliteFile(Path file) {
        String rest = url.substring("jdbc:sqlite:".length());
        int options = rest.indexOf('?');
        String newUrl = "jdbc:sqlite:" + file.toAbsolutePath() + (options >= 0 ? rest.substring(options) : "");
        return new DatabaseSettings(newUrl, username, password, schemas, createSchemas, locations);
    }

    public Connection connect() throws SQLException {
        return username == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, username, password);
    }

    /** One connection, kept open until {@code destroy()}; a command does one thing at a time. */
    public SingleConnectionDataSource dataSource() throws SQLException {
        return new SingleConnectionDataSource(connect(), true);
    }

    /** The pieces of a PostgreSQL URL pg_dump and pg_restore take as options. */
    public record Postgres(String host, int port, String database, String schema) {
    }

    public Postgres postgresParts() {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String schema = schemas.isEmpty() ? null : schemas.getFirst();
        if (uri.getQuery() != null) {
            for (String p : uri.getQuery().split("&")) {
                if (p.startsWith("currentSchema=")) {
                    schema = p.substring("currentSchema=".length());
                }
            }
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new Postgres(uri.getHost() == null ? "localhost" : uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                database, schema);
    }
}
