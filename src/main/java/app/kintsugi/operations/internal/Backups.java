package app.kintsugi.operations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.kintsugi.privacy.CryptoProperties;
import app.kintsugi.privacy.Erasure;
import app.kintsugi.privacy.KeyMaintenance;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backup} and {@code restore} of the embedded database. A backup is one zip file holding
 * {@code kintsugi.db} (a consistent copy made by SQLite's {@code VACUUM INTO} while the server
 * runs) and {@code manifest.json}; never the master key. Restoring checks everything it can before
 * it puts the database in place: the checksum, the schema version and that the master key unwraps
 * every data key in it.
 */
public final class Backups {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Backups() {
    }

    public static int backup(DatabaseSettings db, Path to, Clock clock, PrintStream out, PrintStream err) throws Exception {
        if (db.postgres()) {
            var pg = db.postgresParts();
            err.println("This instance keeps its data in PostgreSQL; back it up with pg_dump, which makes a consistent copy while "
                    + "Kintsugi runs:");
            err.println();
            err.println("  pg_dump --format=custom --no-owner --host=" + pg.host() + " --port=" + pg.port()
                    + (db.username() == null ? "" : " --username=" + db.username()) + " --dbname=" + pg.database()
                    + (pg.schema() == null ? "" : " --schema=" + pg.schema()) + " --file=" + to);
            err.println();
            err.println("The dump holds ciphertext only; keep the master key (KINTSUGI_CRYPTO_MASTER_KEY) apart from it. "
                    + "The restore drill is in docs/operations.md.");
            return 1;
        }
        if (!db.sqlite()) {
            err.println("Backups are made for SQLite and PostgreSQL only; this database is " + db.url());
            return 1;
        }
        Path source = db.sqliteFile();
        if (!Files.exists(source)) {
            err.println("There is no database at " + source + " to back up.");
            return 1;
        }
        Path target = to.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            err.println(target + " already exists; a backup never overwrites a file. Choose a new name.");
            return 1;
        }
        Files.createDirectories(target.getParent());
        long started = System.nanoTime();
        Path copy = privateTempFile(target.getParent(), ".db");
        Path zip = null;
        try {
            // VACUUM INTO reads one snapshot in a read transaction: writers go on (WAL), and the copy is consistent.
            try (Connection c = db.connect(); var s = c.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, copy.toString());
                s.execute();
            }
            MigrationVersion version;
            Map<String, Long> byKey;
            long dataKeys;
            SingleConnectionDataSource ds = db.withSqliteFile(copy).dataSource();
            try (Connection c = ds.getConnection()) {
                version = SchemaVersions.applied(c);
                byKey = KeyMaintenance.dataKeysByMasterKey(ds);
                dataKeys = byKey.values().stream().mapToLong(Long::longValue).sum();
            } finally {
                ds.destroy();
            }
            String sha = sha256(copy);
            var manifest = new BackupManifest(BackupManifest.FORMAT, clock.instant().toString(), "sqlite",
                    version == null ? null : version.getVersion(), dataKeys, byKey,
                    List.of(new BackupManifest.Entry(BackupManifest.DATABASE, Files.size(copy), sha)));
            zip = privateTempFile(target.getParent(), ".zip");
            try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.WRITE)) {
                try (OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
                        ZipOutputStream z = new ZipOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16))) {
                    z.putNextEntry(new ZipEntry(BackupManifest.NAME));
                    z.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                    z.closeEntry();
                    z.putNextEntry(new ZipEntry(BackupManifest.DATABASE));
                    Files.copy(copy, z);
                    z.closeEntry();
                    z.finish();
                    z.flush();
                    channel.force(true);
                }
            }
            Files.move(zip, target, StandardCopyOption.ATOMIC_MOVE);
            zip = null;
            long ms = (System.nanoTime() - started) / 1_000_000;
            out.println("Backup written to " + target + " (" + Files.size(target) / 1024 + " KiB, schema version "
                    + manifest.schemaVersion() + ", " + dataKeys + " data keys, " + ms + " ms).");
            out.println("It holds no master key. Without the key it reads nothing; keep the key somewhere else.");
            return 0;
        } finally {
            Files.deleteIfExists(copy);
            if (zip != null) {
                Files.deleteIfExists(zip);
            }
        }
    }

    public static int restore(DatabaseSettings db, CryptoProperties keys, Path from, PrintStream out, PrintStream err) throws Exception {
        if (db.postgres()) {
            var pg = db.postgresParts();
            err.println("This instance keeps its data in PostgreSQL; restore a pg_dump file with pg_restore into an empty "
                    + "database, then run verify:");
            err.println();
            err.println("  pg_restore --no-owner --exit-on-error --host=" + pg.host() + " --port=" + pg.port()
                    + (db.username() == null ? "" : " --username=" + db.username()) + " --dbname=" + pg.database() + " " + from);
            err.println();
            err.println("The step-by-step drill is in docs/operations.md.");
            return 1;
        }
        if (!db.sqlite()) {
            err.println("Restores are made for SQLite and PostgreSQL only; this database is " + db.url());
            return 1;
        }
        if (!Files.isRegularFile(from)) {
            err.println("There is no backup file at " + from + ".");
            return 1;
        }
        Path target = db.sqliteFile();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path existing = Path.of(target + suffix);
            if (Files.exists(existing)) {
                err.println("Refused: " + existing + " exists. Restore only into an empty data directory: stop Kintsugi and "
                        + "move the old database away first (keep it until the restored one is verified).");
                return 1;
            }
        }
        BackupManifest manifest = null;
        Path dir = target.getParent();
        boolean dirCreated = !Files.exists(dir);
        Files.createDirectories(dir);
        Path copy = privateTempFile(dir, ".db");
        String actual = null;
        try {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(from))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    if (BackupManifest.NAME.equals(entry.getName())) {
                        manifest = JSON.readValue(zip.readAllBytes(), BackupManifest.class);
                    } else if (BackupManifest.DATABASE.equals(entry.getName())) {
                        actual = copyWithSha256(zip, copy);
                    }
                }
            } catch (IOException | RuntimeException e) {
                err.println("Refused: " + from + " is not a readable Kintsugi backup (" + e.getMessage() + ").");
                return 1;
            }
            if (manifest == null || !BackupManifest.FORMAT.equals(manifest.format()) || actual == null) {
                err.println("Refused: " + from + " is not a Kintsugi backup made by the backup command (no "
                        + BackupManifest.NAME + " of format " + BackupManifest.FORMAT + " and " + BackupManifest.DATABASE + ").");
                return 1;
            }
            String expected = manifest.files().stream().filter(f -> BackupManifest.DATABASE.equals(f.name()))
                    .map(BackupManifest.Entry::sha256).findFirst().orElse(null);
            if (!actual.equals(expected)) {
                err.println("Refused: the database in the backup does not match its checksum (manifest " + expected + ", file "
                        + actual + "). The file is damaged or was changed; use another backup.");
                return 1;
            }
            MigrationVersion known = SchemaVersions.known(db.locations());
            SingleConnectionDataSource ds = db.withSqliteFile(copy).dataSource();
            try {
                MigrationVersion version;
                try (Connection c = ds.getConnection()) {
                    version = SchemaVersions.applied(c);
                }
                if (version == null) {
                    err.println("Refused: the database in the backup has no schema history; it was not made by Kintsugi.");
                    return 1;
                }
                if (version.compareTo(known) > 0) {
                    err.println("Refused: the backup has schema version " + version + ", newer than this Kintsugi knows ("
                            + known + "). Restore it with the version of Kintsugi that made it, or a newer one.");
                    return 1;
                }
                KeyMaintenance keyCheck = KeyMaintenance.of(ds, keys);
                var problem = keyCheck.masterKeyProblem();
                if (problem.isPresent()) {
                    err.println("Refused: " + problem.get() + ". Put the master key this backup was made with in place "
                            + "(the key file, or KINTSUGI_CRYPTO_MASTER_KEY) before restoring.");
                    return 1;
                }
                var report = keyCheck.checkDataKeys();
                if (!report.ok()) {
                    err.println("Refused: " + report.failed().size() + " of " + report.total() + " data keys in the backup do not "
                            + "unwrap with the configured master key; it is not the key this backup was made with. The backup's "
                            + "data keys are wrapped by master key " + String.join(", ", report.byMasterKey().keySet()) + ".");
                    return 1;
                }
                out.println("Checked: checksum matches, schema version " + version + " (this Kintsugi knows up to " + known
                        + "), all " + report.total() + " data keys unwrap with the master key.");
                int destroyed = Erasure.of(ds, keys).destroyListedKeys();
                if (destroyed > 0) {
                    out.println("Destroyed " + destroyed + " data key" + (destroyed == 1 ? "" : "s") + " of people whose accounts were "
                            + "closed after this backup was made (from " + keys.destroyedKeysFile() + "); the next start erases "
                            + "the rest of what they wrote.");
                }
            } finally {
                ds.destroy();
            }
            Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
            out.println("Restored the backup of " + manifest.createdAt() + " to " + target + ".");
            out.println("Start Kintsugi (it applies any newer migrations), then run: verify");
            return 0;
        } finally {
            Files.deleteIfExists(copy);
            if (dirCreated && !Files.exists(target)) {
                try (var left = Files.list(dir)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        }
    }

    private static Path privateTempFile(Path dir, String suffix) throws IOException {
        try {
            return Files.createTempFile(dir, ".kintsugi-", suffix,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dir, ".kintsugi-", suffix);
        }
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String copyWithSha256(InputStream in, Path to) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (FileChannel channel = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                new DigestInputStream(in, digest).transferTo(out);
                out.flush();
                channel.force(true);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
