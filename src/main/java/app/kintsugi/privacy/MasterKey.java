package app.kintsugi.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * The key that wraps every person's data key. It never touches the database: it comes from
 * configuration in production, or from a file (permissions 600) in the data directory when embedded.
 */
final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink AEAD could not be registered", e);
        }
    }

    private MasterKey() {
    }

    /**
     * Loads the master key, creating a key file only when {@code mayCreate} (no wrapped data keys
     * exist yet). Creating a fresh key next to existing encrypted data would make it unreadable, so
     * that case stops the start with a message instead.
     */
    static Aead load(CryptoProperties props, boolean mayCreate) {
        try {
            if (props.masterKey() != null && !props.masterKey().isBlank()) {
                String json = new String(Base64.getDecoder().decode(props.masterKey().strip()), StandardCharsets.UTF_8);
                return primitive(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()));
            }
            if (props.masterKeyFile() == null || props.masterKeyFile().isBlank()) {
                throw new IllegalStateException("No master key: set kintsugi.crypto.master-key or kintsugi.crypto.master-key-file");
            }
            Path file = Path.of(props.masterKeyFile());
            if (Files.exists(file)) {
                return primitive(TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get()));
            }
            if (!mayCreate) {
                throw new IllegalStateException("The master key file " + file.toAbsolutePath() + " is missing but the "
                        + "database holds encrypted data. Restore the key file from your backup; a new key "
                        + "cannot read existing data.");
            }
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            writePrivately(file, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
            log.info("event=master_key_created file={}", file.toAbsolutePath());
            return primitive(handle);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The master key file could not be read or written", e);
        }
    }

    /** A new base64-encoded master key, for operators who configure it through the environment. */
    static String generateEncoded() throws GeneralSecurityException {
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Aead primitive(KeysetHandle handle) throws GeneralSecurityException {
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private static void writePrivately(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, EnumSet.copyOf(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // On a file system without POSIX permissions the operator protects the folder instead.
        }
    }
}
