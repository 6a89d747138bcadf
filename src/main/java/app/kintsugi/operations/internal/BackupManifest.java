package app.kintsugi.operations.internal;

import java.util.List;
import java.util.Map;

/**
 * What a backup file says about itself, stored as {@code manifest.json} beside the database in the
 * backup's zip: its format, when it was taken, the schema version, how many data keys it holds and
 * which master keys wrapped them (ids only), and the SHA-256 checksum of every file in it.
 */
public record BackupManifest(String format, String createdAt, String database, String schemaVersion, long dataKeys,
        Map<String, Long> dataKeysByMasterKey, List<Entry> files) {

    public static final String FORMAT = "kintsugi-backup/1";
    public static final String NAME = "manifest.json";
    public static final String DATABASE = "kintsugi.db";

    public record Entry(String name, long bytes, String sha256) {
    }
}
