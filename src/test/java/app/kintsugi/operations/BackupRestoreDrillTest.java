package app.kintsugi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.kintsugi.IntegrationTest;
import app.kintsugi.TestDatabase;
import app.kintsugi.privacy.Erasure;
import app.kintsugi.privacy.Erasures;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;
import app.kintsugi.operations.internal.Backups;
import app.kintsugi.operations.internal.DatabaseSettings;
import app.kintsugi.privacy.KeyMaintenance;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.safety.SafetyQuestion;

/**
 * The restore drill of docs/operations.md, run against the running application's database while
 * people keep writing: on SQLite with {@code backup} and {@code restore}, on PostgreSQL with
 * pg_dump and pg_restore (skipped when they are not installed); both end with {@code verify}.
 */
class BackupRestoreDrillTest extends IntegrationTest {

    @TempDir
    Path temp;

    @Autowired
    Couples couples;

    @Autowired
    Reflections reflections;

    @Autowired
    Appreciations appreciations;

    @Autowired
    SafetyChecks safety;

    @Autowired
    DataSource dataSource;

    @Autowired
    Erasures erasures;

    /** The running application's settings, as the jar would read them beside it. */
    private static StandardEnvironment live() {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.copyOf(TestDatabase.properties())));
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        return env;
    }

    private static FreshDatabase.Outcome run(StandardEnvironment env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = OperationsCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new FreshDatabase.Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A couple with a few kinds of entries, and a writer that keeps adding reflections until stopped. */
    private final class Writers implements AutoCloseable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger written = new AtomicInteger();
        final List<Thread> threads = new ArrayList<>();

        Writers() {
            TestPerson ana = people.create("Ana");
            TestPerson ben = people.create("Ben");
            couples.join(ben.id(), couples.start(ana.id(), Role.HURT_PARTNER).code(), Role.BROKE_TRUST);
            safety.record(ana.id(), Map.of(SafetyQuestion.AFRAID, SafetyAnswer.NEVER, SafetyQuestion.HURT, SafetyAnswer.NEVER,
                    SafetyQuestion.THREATENED, SafetyAnswer.NEVER, SafetyQuestion.INSULTED, SafetyAnswer.NEVER,
                    SafetyQuestion.CONTROLLED, SafetyAnswer.NEVER));
            appreciations.send(ana.id(), "Thank you for listening last night");
            for (TestPerson p : List.of(ana, ben)) {
                threads.add(Thread.ofVirtual().start(() -> {
                    while (!stop.get()) {
                        reflections.create(p.id(), new ReflectionDraft("A title", "What happened " + written.get(), null,
                                BetrayalKind.LYING, Map.of(Emotion.HURT, 6), "How it felt"));
                        // Each new person gets a data key too, while the backup runs.
                        people.create("Someone");
                        written.incrementAndGet();
                    }
                }));
            }
        }

        void awaitSome(int n) throws InterruptedException {
            int start = written.get();
            while (written.get() < start + n) {
                Thread.sleep(5);
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    @Test
    void aBackupTakenWhileWritesRunRestoresToADatabaseThatPassesVerify() throws Exception {
        assumeTrue(!TestDatabase.postgres(), "the SQLite drill runs on the embedded database");
        var live = live();
        Path backup = temp.resolve("backups").resolve("kintsugi.zip");
        FreshDatabase.Outcome made;
        try (Writers writers = new Writers()) {
            writers.awaitSome(10);
            made = run(live, "backup", "--to", backup.toString());
            writers.awaitSome(5);
        }
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).contains("Backup written to", "It holds no master key");
        assertThat(run(live, "backup", "--to", backup.toString()).code()).as("never overwrites").isEqualTo(1);

        Path keyFile = Path.of(live.getProperty("kintsugi.crypto.master-key-file"));
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("manifest.json", "kintsugi.db");
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(manifest).contains("\"format\" : \"kintsugi-backup/1\"", "\"schemaVersion\" : \"", "\"sha256\" : \"");
        }
        String keyValue = Files.readString(keyFile).replaceAll("(?s).*\"value\":\\s*\"([^\"]+)\".*", "$1");
        assertThat(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1)).doesNotContain(keyValue);

        // The drill: an empty data directory with the master key put back, restore, verify.
        try (FreshDatabase restored = new FreshDatabase(temp.resolve("restored"))) {
            Files.createDirectories(restored.dataDir);
            Files.copy(keyFile, restored.keyFile());
            var restore = restored.run("restore", "--from", backup.toString());
            assertThat(restore.code()).as(restore.err()).isZero();
            assertThat(restore.out()).contains("checksum matches", "data keys unwrap with the master key");
            var verify = restored.run("verify");
            assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
            assertThat(verify.out()).contains("reflection ", "safety-check", "appreciation", "Verify passed.");
            assertThat(restored.run("restore", "--from", backup.toString()).err()).as("only into an empty data directory")
                    .contains("Refused:", "exists");
        }
    }

    /**
     * A backup holds a closed account's wrapped data key. Restored beside the list of destroyed keys,
     * the key is destroyed before the database is put in place, and the next start erases the rest.
     */
    @Test
    void aBackupTakenBeforeAnAccountWasClosedDoesNotBringItBack() throws Exception {
        assumeTrue(!TestDatabase.postgres(), "the SQLite restore runs on the embedded database");
        TestPerson dana = people.create("Dana");
        reflections.create(dana.id(), new ReflectionDraft("t", "DANA-WORDS", null, BetrayalKind.SECRETS, Map.of(), null));
        var live = live();
        Path backup = temp.resolve("before-closing.zip");
        assertThat(run(live, "backup", "--to", backup.toString()).code()).isZero();
        erasures.erase(dana.id());
        Path list = Path.of(live.getProperty("kintsugi.crypto.destroyed-keys-file"));
        assertThat(Files.readString(list)).contains(dana.id().value().toString());

        try (FreshDatabase restored = new FreshDatabase(temp.resolve("restored-after-closing"))) {
            Files.createDirectories(restored.dataDir);
            Files.copy(Path.of(live.getProperty("kintsugi.crypto.master-key-file")), restored.keyFile());
            Files.copy(list, Path.of(restored.keys().destroyedKeysFile()));
            var restore = restored.run("restore", "--from", backup.toString());
            assertThat(restore.code()).as(restore.err()).isZero();
            assertThat(restore.out()).contains("Destroyed 1 data key of people whose accounts were closed after this backup was made");
            String id = dana.id().value().toString();
            SingleConnectionDataSource ds = restored.dataSource();
            try {
                var jdbc = JdbcClient.create(ds);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM data_key WHERE person_id = ?").param(id).query(Long.class).single())
                        .as("her key, destroyed by restore").isZero();
                // What the next start does (privacy.Erasures): the rest of what she wrote goes.
                assertThat(Erasure.of(ds, restored.keys()).applyList(clock.millis())).containsExactly(id);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE id = ?").param(id).query(Long.class).single()).isZero();
                assertThat(jdbc.sql("SELECT COUNT(*) FROM reflection WHERE author_id = ?").param(id).query(Long.class).single()).isZero();
            } finally {
                ds.destroy();
            }
            var verify = restored.run("verify");
            assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        }
    }

    @Test
    void restoreRefusesADamagedBackupANewerSchemaAndAnotherMasterKeyBeforeTouchingAnything() throws Exception {
        assumeTrue(!TestDatabase.postgres(), "the SQLite restore checks run on the embedded database");
        people.create("Someone with a data key");
        reflections.create(people.create("Cleo").id(), new ReflectionDraft("t", "w", null, BetrayalKind.SECRETS, Map.of(), null));
        var live = live();
        Path backup = temp.resolve("good.zip");
        assertThat(run(live, "backup", "--to", backup.toString()).code()).isZero();
        Path keyFile = Path.of(live.getProperty("kintsugi.crypto.master-key-file"));
        Path db = temp.resolve("extracted.db");
        String manifest;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
            Files.copy(zip.getInputStream(zip.getEntry("kintsugi.db")), db);
        }

        // One byte changed in the database, the manifest as it was.
        byte[] bytes = Files.readAllBytes(db);
        bytes[bytes.length / 2] ^= 1;
        Path damaged = zip(temp.resolve("damaged.zip"), manifest, bytes);
        expectRefused(damaged, keyFile, "does not match its checksum");

        // A schema version this jar does not know, with a correct checksum.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES (999, '999', 'from the future', 'SQL', "
                    + "'V999__future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, 1)");
        }
        byte[] newer = Files.readAllBytes(db);
        String newerManifest = manifest.replaceAll("\"sha256\" : \"[0-9a-f]+\"", "\"sha256\" : \"" + Backups.sha256(db) + "\"");
        expectRefused(zip(temp.resolve("newer.zip"), newerManifest, newer), keyFile, "schema version 999, newer than");

        // Another master key.
        Path otherKey = temp.resolve("other-key").resolve("master-key.json");
        app.kintsugi.privacy.TestSealing.newKeyFile(otherKey);
        expectRefused(backup, otherKey, "do not unwrap with the configured master key");

        // No key at all.
        expectRefused(backup, temp.resolve("no-key").resolve("master-key.json"), "does not exist");
    }

    private void expectRefused(Path backup, Path keyFile, String why) throws Exception {
        try (FreshDatabase target = new FreshDatabase(temp.resolve("target-" + UUID.randomUUID()))) {
            target.settings.put("kintsugi.crypto.master-key-file", keyFile.toString());
            var outcome = target.run("restore", "--from", backup.toString());
            assertThat(outcome.code()).as(outcome.out()).isEqualTo(1);
            assertThat(outcome.err()).contains("Refused", why);
            assertThat(target.dataDir).as("nothing touched").doesNotExist();
        }
    }

    private static Path zip(Path file, String manifest, byte[] db) throws Exception {
        try (var z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write(manifest.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("kintsugi.db"));
            z.write(db);
        }
        return file;
    }

    @Test
    void postgresqlDrillWithPgDumpAndPgRestoreWhileWritesRun() throws Exception {
        assumeTrue(TestDatabase.postgres(), "the PostgreSQL drill runs with KINTSUGI_TEST_DB=postgres");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pg_dump")) && Files.isExecutable(Path.of("/usr/bin/pg_restore")),
                "pg_dump and pg_restore are not installed in /usr/bin; the PostgreSQL drill needs them");
        var live = live();
        var db = DatabaseSettings.from(live);
        var pg = db.postgresParts();
        Path dump = temp.resolve("kintsugi.dump");
        String restoredDb = "kintsugi_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
        try (Writers writers = new Writers()) {
            writers.awaitSome(10);
            exec(List.of("/usr/bin/pg_dump", "--format=custom", "--no-owner", "--host=" + pg.host(), "--port=" + pg.port(),
                    "--username=" + db.username(), "--dbname=" + pg.database(), "--schema=" + pg.schema(), "--file=" + dump), db);
            writers.awaitSome(5);
        }
        try (var c = DriverManager.getConnection(FreshDatabase.url(), FreshDatabase.user(), FreshDatabase.password());
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + restoredDb);
        }
        try {
            exec(List.of("/usr/bin/pg_restore", "--no-owner", "--exit-on-error", "--host=" + pg.host(), "--port=" + pg.port(),
                    "--username=" + db.username(), "--dbname=" + restoredDb, dump.toString()), db);
            var restored = new StandardEnvironment();
            URI base = URI.create(FreshDatabase.url().substring("jdbc:".length()));
            restored.getPropertySources().addFirst(new MapPropertySource("restored", Map.of(
                    "spring.datasource.url", "jdbc:postgresql://" + base.getHost() + ":" + base.getPort() + "/" + restoredDb
                            + "?currentSchema=" + pg.schema(),
                    "spring.datasource.username", db.username(), "spring.datasource.password",
                    db.password() == null ? "" : db.password(),
                    "kintsugi.crypto.master-key-file", live.getProperty("kintsugi.crypto.master-key-file"))));
            ConfigDataEnvironmentPostProcessor.applyTo(restored);
            var verify = run(restored, "verify");
            assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
            assertThat(verify.out()).contains("reflection ", "safety-check", "appreciation", "Verify passed.");
        } finally {
            try (var c = DriverManager.getConnection(FreshDatabase.url(), FreshDatabase.user(), FreshDatabase.password());
                    var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + restoredDb + " WITH (FORCE)");
            }
        }
    }

    private static void exec(List<String> command, DatabaseSettings db) throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (db.password() != null && !db.password().isEmpty()) {
            builder.environment().put("PGPASSWORD", db.password());
        }
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    @Test
    void verifyKnowsEverySealedColumnOfTheSchema() throws Exception {
        var found = new TreeSet<String>();
        try (var c = dataSource.getConnection()) {
            var tables = new java.util.ArrayList<String>();
            try (var rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            // Table by table: SQLite's driver asks about every column at once with one compound SELECT,
            // whose limit on terms a schema of this size passes.
            for (String table : tables) {
                try (var rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
                    while (rs.next()) {
                        if ("bytea".equalsIgnoreCase(rs.getString("TYPE_NAME"))) {
                            found.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT) + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        assertThat(found).as("byte columns of the schema; a new sealed column belongs in privacy.internal.SealedColumns")
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(KeyMaintenance.knownByteColumns()));
    }
}
