package app.kintsugi.operations;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.kintsugi.operations.internal.AccountCommands;
import app.kintsugi.operations.internal.BackupManifest;
import app.kintsugi.operations.internal.Backups;
import app.kintsugi.operations.internal.DatabaseSettings;
import app.kintsugi.operations.internal.SchemaVersions;
import app.kintsugi.privacy.CryptoProperties;
import app.kintsugi.privacy.KeyMaintenance;

/**
 * The operator's commands, run from {@code KintsugiApplication.main} before anything else starts:
 *
 * <pre>
 * backup --to FILE             a consistent copy of the embedded database while Kintsugi runs (PostgreSQL: the pg_dump command)
 * restore --from FILE          into an empty data directory, after checking checksum, schema version and master key
 * verify [--sample N | --all]  every data key unwraps, a sample of every kind of entry opens; counts
 * rotate-master-key [--batch-size N]   a new master key; data keys re-wrapped in batches; resumable
 * migrate                      applies the database migrations and exits
 * end-sessions --email A | --all   signs a person (or everyone) out everywhere
 * remove-second-step --email A     removes a person's second step, after the operator made sure it is them
 * </pre>
 *
 * They read the same settings as the server (environment variables, application.properties).
 */
public final class OperationsCommand {

    public static final Set<String> NAMES = Set.of("backup", "restore", "verify", "rotate-master-key", "migrate",
            "end-sessions", "remove-second-step");

    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private OperationsCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** The server's settings, without starting the server: environment, system properties, application.properties. */
    public static ConfigurableEnvironment environment() {
        StandardEnvironment env = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        return env;
    }

    public static int run(String[] args, Environment env, PrintStream out, PrintStream err) {
        return run(args, env, out, err, new Hooks(0, Duration.ofSeconds(2)));
    }

    /**
     * For tests: {@code stopAfterBatches} makes a rotation stop midway as a crash would;
     * {@code settle} is the rotation's wait before its last pass.
     */
    record Hooks(int stopAfterBatches, Duration settle) {
    }

    static int run(String[] args, Environment env, PrintStream out, PrintStream err, Hooks hooks) {
        if (!handles(args)) {
            return usage(err);
        }
        String command = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            DatabaseSettings db = DatabaseSettings.from(env);
            CryptoProperties keys = new CryptoProperties(env.getProperty("kintsugi.crypto.master-key"),
                    env.getProperty("kintsugi.crypto.master-key-file"), env.getProperty("kintsugi.crypto.destroyed-keys-file"));
            return switch (command) {
                case "backup" -> {
                    String to = option(rest, "--to");
                    yield to == null ? usage(err) : Backups.backup(db, Path.of(to), Clock.systemUTC(), out, err);
                }
                case "restore" -> {
                    String from = option(rest, "--from");
                    yield from == null ? usage(err) : Backups.restore(db, keys, Path.of(from), out, err);
                }
                case "verify" -> verify(db, keys, rest, out, err);
                case "rotate-master-key" -> rotate(db, keys, rest, hooks, out, err);
                case "migrate" -> rest.isEmpty() ? migrate(db, out) : usage(err);
                case "end-sessions" -> {
                    String email = rest.equals(List.of("--all")) ? null : option(rest, "--email");
                    yield withDatabase(db, err, ds -> AccountCommands.endSessions(ds, email, out, err));
                }
                case "remove-second-step" -> {
                    String email = option(rest, "--email");
                    yield withDatabase(db, err, ds -> AccountCommands.removeSecondStep(ds, email, Clock.systemUTC(), out, err));
                }
                default -> usage(err);
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            return usage(err);
        } catch (Exception e) {
            err.println(command + " failed: " + describe(e));
            return REFUSED;
        }
    }

    private static int verify(DatabaseSettings db, CryptoProperties keys, List<String> rest, PrintStream out, PrintStream err)
            throws Exception {
        int sample = 20;
        if (rest.equals(List.of("--all"))) {
            sample = 0;
        } else if (!rest.isEmpty()) {
            sample = positive(option(rest, "--sample"), "--sample");
        }
        if (db.sqlite() && !Files.exists(db.sqliteFile())) {
            err.println("There is no database at " + db.sqliteFile() + ".");
            return REFUSED;
        }
        SingleConnectionDataSource ds = db.dataSource();
        try {
            try (Connection c = ds.getConnection()) {
                var version = SchemaVersions.applied(c);
                out.println("Schema version " + version + " (this Kintsugi knows up to " + SchemaVersions.known(db.locations()) + ").");
            }
            KeyMaintenance check = KeyMaintenance.of(ds, keys);
            var problem = check.masterKeyProblem();
            if (problem.isPresent()) {
                err.println("Verify failed: " + problem.get() + ".");
                return REFUSED;
            }
            var dataKeys = check.checkDataKeys();
            out.println("Data keys: " + dataKeys.total() + ", unwrapped " + dataKeys.unwrapped() + ", failed "
                    + dataKeys.failed().size() + " (by master key: " + dataKeys.byMasterKey() + ").");
            if (!dataKeys.ok()) {
                err.println("These people's data keys do not unwrap: "
                        + String.join(", ", dataKeys.failed().subList(0, Math.min(20, dataKeys.failed().size())))
                        + (dataKeys.failed().size() > 20 ? " …" : ""));
            }
            boolean entriesOk = true;
            long kinds = 0;
            long opened = 0;
            for (var k : check.checkEntries(sample)) {
                if (k.rows() > 0) {
                    kinds++;
                }
                opened += k.opened();
                if (k.rows() > 0 || !k.ok()) {
                    out.printf("  %-24s %-36s %8d entries, %4d tried, %4d opened%s%n", k.kind(), k.column(), k.rows(),
                            k.sampled(), k.opened(), k.ok() ? "" : ", " + k.failed() + " FAILED, " + k.withoutKey()
                                    + " without their owner's data key");
                }
                entriesOk &= k.ok();
            }
            out.println("Entries: " + kinds + " kinds present, " + opened + " opened.");
            if (dataKeys.ok() && entriesOk) {
                out.println("Verify passed.");
                return DONE;
            }
            err.println("Verify failed: see the lines above.");
            return REFUSED;
        } finally {
            ds.destroy();
        }
    }

    private static int rotate(DatabaseSettings db, CryptoProperties keys, List<String> rest, Hooks hooks, PrintStream out,
            PrintStream err) throws Exception {
        int batch = rest.isEmpty() ? 500 : positive(option(rest, "--batch-size"), "--batch-size");
        if (keys.masterKey() != null && !keys.masterKey().isBlank()) {
            err.println("Refused: the master key comes from KINTSUGI_CRYPTO_MASTER_KEY, which this command cannot rewrite. "
                    + "Stop Kintsugi, write the key to a private file (base64 -d), run rotate-master-key with "
                    + "KINTSUGI_CRYPTO_MASTER_KEY= and KINTSUGI_CRYPTO_MASTER_KEY_FILE pointing at it, then put base64 of that "
                    + "file back in your secret store (see docs/operations.md).");
            return REFUSED;
        }
        if (db.sqlite() && !Files.exists(db.sqliteFile())) {
            err.println("There is no database at " + db.sqliteFile() + ".");
            return REFUSED;
        }
        SingleConnectionDataSource ds = db.dataSource();
        try {
            KeyMaintenance maintenance = KeyMaintenance.of(ds, keys);
            var problem = maintenance.masterKeyProblem();
            if (problem.isPresent()) {
                err.println("Refused: " + problem.get() + ".");
                return REFUSED;
            }
            long started = System.nanoTime();
            var result = maintenance.rotate(batch, hooks.stopAfterBatches(), hooks.settle(), out::println);
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (!result.finished()) {
                out.println("Stopped midway after re-wrapping " + result.rewrapped() + " data keys; run rotate-master-key "
                        + "again to finish. Both keys stay in the key file until then.");
                return REFUSED;
            }
            out.println("Rotation finished: " + result.rewrapped() + " of " + result.total() + " data keys re-wrapped in " + ms
                    + " ms; new master key " + result.newKeyId() + ".");
            if (result.retiredKeyFile() != null) {
                out.println("The old key is in " + result.retiredKeyFile() + ". Backups made before today need it: keep it with "
                        + "them, away from this machine, and destroy it when the last of them is gone.");
            }
            out.println("Back up the new key file now, apart from the database.");
            return DONE;
        } finally {
            ds.destroy();
        }
    }

    private interface DatabaseWork {
        int run(javax.sql.DataSource ds) throws Exception;
    }

    private static int withDatabase(DatabaseSettings db, PrintStream err, DatabaseWork work) throws Exception {
        if (db.sqlite() && !Files.exists(db.sqliteFile())) {
            err.println("There is no database at " + db.sqliteFile() + ".");
            return REFUSED;
        }
        SingleConnectionDataSource ds = db.dataSource();
        try {
            return work.run(ds);
        } finally {
            ds.destroy();
        }
    }

    private static int migrate(DatabaseSettings db, PrintStream out) throws Exception {
        if (db.sqlite()) {
            Files.createDirectories(db.sqliteFile().getParent());
        }
        var config = Flyway.configure().dataSource(db.url(), db.username(), db.password())
                .locations(db.locations().split(","))
                .createSchemas(db.createSchemas());
        if (!db.schemas().isEmpty()) {
            config.schemas(db.schemas().toArray(String[]::new));
        }
        MigrateResult result = config.load().migrate();
        out.println("Migrations applied: " + result.migrationsExecuted + "; schema version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion) + ".");
        return DONE;
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private static String option(List<String> rest, String name) {
        if (rest.size() != 2 || !rest.get(0).equals(name) || rest.get(1).isBlank()) {
            throw new UsageException("Expected " + name + " and a value.");
        }
        return rest.get(1);
    }

    private static int positive(String value, String name) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException(name + " takes a whole number above 0.");
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            s.append(" (").append(cause.getMessage()).append(")");
        }
        return s.toString();
    }

    static int usage(PrintStream err) {
        err.println("""
                Usage:
                  backup --to FILE                     a consistent backup of the embedded database while Kintsugi runs
                  restore --from FILE                  into an empty data directory, after checking the backup and the key
                  verify [--sample N | --all]          every data key unwraps and a sample of every kind of entry opens
                  rotate-master-key [--batch-size N]   a new master key; every data key re-wrapped; run again after a crash
                  migrate                              applies the database migrations and exits
                  end-sessions --email ADDRESS | --all signs a person (or everyone) out everywhere, forgets remembered browsers
                  remove-second-step --email ADDRESS   for someone who lost every second step and the recovery codes, once
                                                       you made sure it is them: removes it and signs them out everywhere""");
        return USAGE;
    }
}
