package app.kintsugi.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import app.kintsugi.privacy.internal.MasterKey;
import app.kintsugi.privacy.internal.SealedColumns;

/**
 * What the operator's command line does with keys, outside the running application: checks that
 * every data key unwraps and that a sample of every kind of sealed entry opens ({@code verify},
 * {@code restore}), and rotates the master key ({@code rotate-master-key}). It reads and writes the
 * database given to it, never content in plaintext beyond opening it in memory to check it.
 */
public final class KeyMaintenance {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final CryptoProperties props;

    private KeyMaintenance(DataSource dataSource, CryptoProperties props) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.props = props;
    }

    /** Keys of the database behind {@code dataSource}, with the master key as configured in {@code props}. */
    public static KeyMaintenance of(DataSource dataSource, CryptoProperties props) {
        return new KeyMaintenance(dataSource, props);
    }

    /**
     * Why the master key cannot be read (missing file, unreadable keyset), or empty when it can.
     * Never creates a key.
     */
    public Optional<String> masterKeyProblem() {
        try {
            MasterKey.read(props);
            return Optional.empty();
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.of("the master key file " + MasterKey.file(props).toAbsolutePath() + " does not exist");
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            return Optional.of("the master key could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Counts of data keys and whether each unwraps with the master key. */
    public record DataKeyReport(long total, long unwrapped, List<String> failed, Map<String, Long> byMasterKey) {

        public boolean ok() {
            return failed.isEmpty();
        }
    }

    /** Unwraps every data key (all of them, not a sample: it is cheap and a single failure matters). */
    public DataKeyReport checkDataKeys() {
        Aead master = master();
        long total = 0;
        long unwrapped = 0;
        List<String> failed = new ArrayList<>();
        Map<String, Long> byKey = new TreeMap<>();
        String cursor = "";
        while (true) {
            List<WrappedKey> page = page(cursor, 1000);
            if (page.isEmpty()) {
                break;
            }
            for (WrappedKey row : page) {
                total++;
                byKey.merge(Integer.toUnsignedString(MasterKey.wrappingKeyId(row.wrapped())), 1L, Long::sum);
                if (unwrap(master, row).isPresent()) {
                    unwrapped++;
                } else {
                    failed.add(row.personId());
                }
            }
            cursor = page.getLast().personId();
        }
        return new DataKeyReport(total, unwrapped, List.copyOf(failed), Map.copyOf(byKey));
    }

    /** One kind of sealed entry: how many exist, how many were tried and what happened. */
    public record KindReport(String kind, String column, long rows, int sampled, int opened, int failed, int withoutKey) {

        public boolean ok() {
            return failed == 0 && withoutKey == 0;
        }
    }

    /**
     * Opens up to {@code perKind} entries of every kind, picked at random (all of them when
     * {@code perKind} is 0 or less). A failure is a row whose ciphertext does not open with its owner's
     * key; {@code withoutKey} counts rows whose owner has no data key at all.
     */
    public List<KindReport> checkEntries(int perKind) {
        Aead master = master();
        Map<String, Optional<Aead>> keys = new HashMap<>();
        List<KindReport> reports = new ArrayList<>();
        for (SealedColumns.Column c : SealedColumns.ALL) {
            String sealedColumn = c.table() + "." + c.column();
            // An erased person's words are blanked to no bytes at all where the column cannot be NULL.
            String present = sealedColumn + " IS NOT NULL AND LENGTH(" + sealedColumn + ") > 0";
            long rows = jdbc.sql("SELECT COUNT(*) FROM " + c.from() + " WHERE " + present)
                    .query(Long.class).single();
            String sql = "SELECT " + c.owner() + " AS owner_id, " + c.a() + " AS part_a, "
                    + (c.b() == null ? "NULL" : c.b()) + " AS part_b, " + sealedColumn + " AS sealed FROM " + c.from()
                    + " WHERE " + present + (perKind > 0 ? " ORDER BY RANDOM() LIMIT " + perKind : "");
            int[] counts = new int[4];
            jdbc.sql(sql).query((rs, n) -> {
                counts[0]++;
                String owner = rs.getString("owner_id");
                Optional<Aead> key = keys.computeIfAbsent(owner, o -> dataKey(master, o));
                if (key.isEmpty()) {
                    counts[3]++;
                    return null;
                }
                UUID recordId = c.recordId().of(rs.getString("part_a"), rs.getString("part_b"));
                try {
                    key.get().decrypt(rs.getBytes("sealed"), ContentCipher.context(
                            new app.kintsugi.account.PersonId(UUID.fromString(owner)), c.kind(), recordId));
                    counts[1]++;
                } catch (GeneralSecurityException e) {
                    counts[2]++;
                }
                return null;
            }).list();
            reports.add(new KindReport(c.kind(), c.name(), rows, counts[0], counts[1], counts[2], counts[3]));
        }
        return reports;
    }

    /** The sealed columns this check knows, as table.column, and the byte columns that are not sealed. */
    public static List<String> knownByteColumns() {
        List<String> all = new ArrayList<>(SealedColumns.ALL.stream().map(SealedColumns.Column::name).toList());
        all.addAll(SealedColumns.NOT_SEALED);
        return all;
    }

    /** How a rotation ended. */
    public record Rotation(boolean finished, boolean resumed, long rewrapped, long total, String newKeyId,
            Path retiredKeyFile) {
    }

    /**
     * Rotates the master key held in the key file: adds a new key (or, after an interrupted run,
     * resumes with the one already added), re-wraps every data key under it in batches of
     * {@code batchSize}, each batch one transaction, and only when no data key is left under the old
     * key removes it from the key file, keeping it in a file of its own beside it for older
     * backups. Until then the key file holds both keys, so the application and a second run read
     * every data key whatever happened in between. Content is not re-encrypted.
     *
     * @param stopAfterBatches stop (as a crash would, leaving the work half done) after this many
     *        batches; 0 to run to the end
     * @param settle how long to wait before a last pass, for a data key the running application
     *        created under the old key in a transaction that had not committed yet
     */
    public Rotation rotate(int batchSize, int stopAfterBatches, Duration settle, Consumer<String> progress) {
        if (!MasterKey.fromFile(props)) {
            throw new IllegalStateException("the master key comes from configuration (kintsugi.crypto.master-key), not a file");
        }
        Path file = MasterKey.file(props);
        try {
            KeysetHandle keys = MasterKey.read(props);
            boolean resumed = keys.size() > 1;
            if (resumed) {
                progress.accept("Resuming an unfinished rotation: the key file already holds the new key "
                        + Integer.toUnsignedString(keys.getPrimary().getId()) + ".");
            } else {
                keys = KeysetHandle.newBuilder(keys)
                        .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                                .withRandomId().makePrimary())
                        .build();
                MasterKey.writePrivately(file, MasterKey.serialize(keys));
                progress.accept("New master key " + Integer.toUnsignedString(keys.getPrimary().getId())
                        + " added to " + file + "; the old key stays in it until every data key is re-wrapped.");
            }
            int target = keys.getPrimary().getId();
            Aead master = MasterKey.primitive(keys);
            long total = jdbc.sql("SELECT COUNT(*) FROM data_key").query(Long.class).single();
            int[] batches = {0};
            long rewrapped = 0;
            boolean settled = false;
            while (true) {
                Pass pass = pass(master, keys, target, batchSize, stopAfterBatches, batches, total, progress);
                rewrapped += pass.rewrapped();
                if (pass.stopped()) {
                    return new Rotation(false, resumed, rewrapped, total, Integer.toUnsignedString(target), null);
                }
                if (pass.rewrapped() > 0) {
                    continue;
                }
                if (settled || settle.isZero()) {
                    break;
                }
                Thread.sleep(settle.toMillis());
                settled = true;
            }
            Path retired = retire(file, keys);
            progress.accept("Every data key is wrapped by the new master key; the old key is no longer in " + file + ".");
            return new Rotation(true, resumed, rewrapped, total, Integer.toUnsignedString(target), retired);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key could not be used", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The master key file could not be read or written", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record Pass(long rewrapped, boolean stopped) {
    }

    private Pass pass(Aead master, KeysetHandle keys, int target, int batchSize, int stopAfterBatches, int[] batches,
            long total, Consumer<String> progress) {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        String cursor = "";
        long rewrapped = 0;
        long seen = 0;
        long lastReport = System.nanoTime();
        while (true) {
            List<WrappedKey> page = page(cursor, batchSize);
            if (page.isEmpty()) {
                return new Pass(rewrapped, false);
            }
            Long done = tx.execute(status -> {
                long n = 0;
                for (WrappedKey row : page) {
                    if (MasterKey.wrappingKeyId(row.wrapped()) == target) {
                        continue;
                    }
                    byte[] associated = associated(row.personId());
                    try {
                        KeysetHandle dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(row.wrapped(), master, associated);
                        byte[] again = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, master, associated);
                        n += jdbc.sql("UPDATE data_key SET wrapped_key = ? WHERE person_id = ?")
                                .params(again, row.personId()).update();
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("The data key of person " + row.personId()
                                + " does not unwrap with the master key file; nothing of this batch was changed", e);
                    }
                }
                return n;
            });
            rewrapped += done;
            seen += page.size();
            cursor = page.getLast().personId();
            batches[0]++;
            if (System.nanoTime() - lastReport > 1_000_000_000L) {
                progress.accept("… " + seen + " of about " + total + " data keys looked at");
                lastReport = System.nanoTime();
            }
            if (stopAfterBatches > 0 && batches[0] >= stopAfterBatches) {
                return new Pass(rewrapped, true);
            }
        }
    }

    /** Keeps the old keys in a file of their own, then leaves only the new key in the key file. */
    private static Path retire(Path file, KeysetHandle keys) throws GeneralSecurityException, IOException {
        int primary = keys.getPrimary().getId();
        if (keys.size() == 1) {
            return null;
        }
        KeysetHandle.Builder old = KeysetHandle.newBuilder(keys);
        KeysetHandle.Builder current = KeysetHandle.newBuilder(keys);
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (keys.getAt(i).getId() == primary) {
                old.deleteAt(i);
            } else {
                current.deleteAt(i);
            }
        }
        old.getAt(0).makePrimary();
        KeysetHandle retiredKeys = old.build();
        String name = file.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path retired = file.resolveSibling(base + ".retired-" + Integer.toUnsignedString(retiredKeys.getPrimary().getId()) + ".json");
        MasterKey.writePrivately(retired, MasterKey.serialize(retiredKeys));
        MasterKey.writePrivately(file, MasterKey.serialize(current.build()));
        return retired;
    }

    private record WrappedKey(String personId, byte[] wrapped) {
    }

    private List<WrappedKey> page(String after, int size) {
        return jdbc.sql("SELECT person_id, wrapped_key FROM data_key WHERE person_id > ? ORDER BY person_id LIMIT " + size)
                .param(after)
                .query((rs, n) -> new WrappedKey(rs.getString(1), rs.getBytes(2))).list();
    }

    private Aead master() {
        try {
            return MasterKey.primitive(MasterKey.read(props));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The master key file could not be read", e);
        }
    }

    private Optional<Aead> dataKey(Aead master, String personId) {
        return jdbc.sql("SELECT wrapped_key FROM data_key WHERE person_id = ?").param(personId).query(byte[].class)
                .optional().flatMap(w -> unwrap(master, new WrappedKey(personId, w)));
    }

    private static Optional<Aead> unwrap(Aead master, WrappedKey row) {
        try {
            return Optional.of(TinkProtoKeysetFormat.parseEncryptedKeyset(row.wrapped(), master, associated(row.personId()))
                    .getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] associated(String personId) {
        return ("kintsugi:data-key:" + personId).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * How many data keys each master key wrapped (by key id, which is not secret), read from the
     * wrapped bytes without any key: what a backup's manifest records.
     */
    public static Map<String, Long> dataKeysByMasterKey(DataSource dataSource) {
        Map<String, Long> byKey = new TreeMap<>();
        JdbcClient.create(dataSource).sql("SELECT wrapped_key FROM data_key").query(byte[].class).stream()
                .forEach(w -> byKey.merge(Integer.toUnsignedString(MasterKey.wrappingKeyId(w)), 1L, Long::sum));
        return byKey;
    }

    /** Whether a key file exists at the configured place (restore puts none there; it only checks). */
    public boolean keyFileExists() {
        return MasterKey.fromFile(props) && Files.exists(MasterKey.file(props));
    }
}
