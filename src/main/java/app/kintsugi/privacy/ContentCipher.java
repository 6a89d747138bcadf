package app.kintsugi.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.internal.MasterKey;

/**
 * Envelope encryption of everything people write: AES-256-GCM under the author's own data key, which
 * is stored wrapped by the master key. Owner, kind and record id are bound as associated data, so a
 * ciphertext copied to another record or person fails to open instead of being shown out of place.
 */
@Service
public class ContentCipher {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CryptoProperties props;
    // Volatile: a rotation of the key file is picked up while the application runs (see reloadMaster).
    private volatile Aead master;
    // Kept a few minutes only: with several nodes, a key another node destroyed (an erasure) must not
    // live on here. Reading a key again costs one row and one unwrap per person per interval.
    static final java.time.Duration KEY_KEPT = java.time.Duration.ofMinutes(5);
    private final Cache<PersonId, Aead> dataKeys = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(KEY_KEPT).build();

    ContentCipher(JdbcClient jdbc, Clock clock, CryptoProperties props) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.props = props;
        boolean noWrappedKeysYet = jdbc.sql("SELECT COUNT(*) FROM data_key").query(Long.class).single() == 0;
        this.master = MasterKey.load(props, noWrappedKeysYet);
    }

    public byte[] seal(PersonId owner, String kind, UUID recordId, String plaintext) {
        try {
            return dataKey(owner).encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context(owner, kind, recordId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed for kind=" + kind, e);
        }
    }

    /** {@link #seal}, where the text may be absent: nothing stays nothing. */
    public byte[] sealOrNull(PersonId owner, String kind, UUID recordId, String plaintext) {
        return plaintext == null ? null : seal(owner, kind, recordId, plaintext);
    }

    /** {@link #open}, where nothing may have been written: nothing stays nothing. */
    public String openOrNull(PersonId owner, String kind, UUID recordId, byte[] ciphertext) {
        return ciphertext == null ? null : open(owner, kind, recordId, ciphertext);
    }

    public String open(PersonId owner, String kind, UUID recordId, byte[] ciphertext) {
        if (ciphertext.length == 0) {
            // Words of a closed account, blanked where the column cannot be empty (see Erasure): nothing to show.
            return "";
        }
        try {
            return new String(dataKey(owner).decrypt(ciphertext, context(owner, kind, recordId)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed for kind=" + kind + " record=" + recordId, e);
        }
    }

    /** Forgets a person's data key: whatever was encrypted under it can never be read again. */
    public void destroyKey(PersonId owner) {
        jdbc.sql("DELETE FROM data_key WHERE person_id = ?").param(owner.value().toString()).update();
        dataKeys.invalidate(owner);
    }

    private Aead dataKey(PersonId owner) {
        Aead cached = dataKeys.getIfPresent(owner);
        if (cached != null) {
            return cached;
        }
        Aead loaded = loadOrCreate(owner);
        // A key created inside a transaction that later rolls back must not outlive it in the cache:
        // content sealed with it would be unreadable after a restart.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dataKeys.put(owner, loaded);
                }
            });
        } else {
            dataKeys.put(owner, loaded);
        }
        return loaded;
    }

    private Aead loadOrCreate(PersonId owner) {
        String id = owner.value().toString();
        byte[] associated = ("kintsugi:data-key:" + id).getBytes(StandardCharsets.UTF_8);
        try {
            var wrapped = jdbc.sql("SELECT wrapped_key FROM data_key WHERE person_id = ?").param(id)
                    .query(byte[].class).optional();
            if (wrapped.isEmpty()) {
                // A rotation may have added a new master key since start: new data keys are wrapped by it.
                reloadMaster();
                KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                byte[] bytes = TinkProtoKeysetFormat.serializeEncryptedKeyset(fresh, master, associated);
                // Two first writes for one person may race; the loser reads the winner's key.
                jdbc.sql("INSERT INTO data_key (person_id, wrapped_key, created_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (person_id) DO NOTHING")
                        .params(id, bytes, clock.millis()).update();
                wrapped = jdbc.sql("SELECT wrapped_key FROM data_key WHERE person_id = ?").param(id)
                        .query(byte[].class).optional();
            }
            KeysetHandle handle;
            try {
                handle = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped.orElseThrow(), master, associated);
            } catch (GeneralSecurityException wrappedByAnotherKey) {
                // Re-wrapped by a rotation under a master key this process has not read yet.
                if (!reloadMaster()) {
                    throw wrappedByAnotherKey;
                }
                handle = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped.orElseThrow(), master, associated);
            }
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("data key unavailable for person " + id, e);
        }
    }

    /**
     * Reads the key file again, for a rotation that runs beside the application (rotate-master-key):
     * the file then holds the new key and the old one until every data key is re-wrapped. A key
     * from configuration cannot change while running.
     *
     * @return true when the key was read again
     */
    private boolean reloadMaster() {
        if (!MasterKey.fromFile(props) || !java.nio.file.Files.exists(MasterKey.file(props))) {
            return false;
        }
        try {
            master = MasterKey.primitive(MasterKey.read(props));
            return true;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("The master key file could not be read again", e);
        }
    }

    static byte[] context(PersonId owner, String kind, UUID recordId) {
        return ("kintsugi:v1|" + owner.value() + "|" + kind + "|" + recordId).getBytes(StandardCharsets.UTF_8);
    }
}
