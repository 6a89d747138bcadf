package app.kintsugi.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

import app.kintsugi.privacy.CryptoProperties;

/**
 * The key that wraps every person's data key. It never touches the database: it comes from
 * configuration in production, or from a file (permissions 600) in the data directory when embedded.
 */
public final class MasterKey {

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
    public static Aead load(CryptoProperties props, boolean mayCreate) {
        try {
            if (!fromFile(props)) {
                return primitive(read(props));
            }
            Path file = file(props);
            if (Files.exists(file)) {
                return primitive(read(props));
            }
            if (!mayCreate) {
                throw new IllegalStateException("The master key file " + file.toAbsolutePath() + " is missing but the "
                        + "database holds encrypted data. Restore the key file from your backup; a new key "
                        + "cannot read existing data.");
            }
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            writePrivately(file, serialize(handle));
            log.info("event=master_key_created file={}", file.toAbsolutePath());
            return primitive(handle);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master key could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The master key file could not be read or written", e);
        }
    }

    /** True when the key lives in a file (which a rotation can rewrite), false when it comes from configuration. */
    public static boolean fromFile(CryptoProperties props) {
        if (props.masterKey() != null && !props.masterKey().isBlank()) {
            return false;
        }
        if (props.masterKeyFile() == null || props.masterKeyFile().isBlank()) {
            throw new IllegalStateException("No master key: set kintsugi.crypto.master-key or kintsugi.crypto.master-key-file");
        }
        return true;
    }

    public static Path file(CryptoProperties props) {
        return Path.of(props.masterKeyFile());
    }

    /**
     * The keyset as configured: one key, or during a rotation the new key (primary, which wraps)
     * and the old one (which still unwraps what it wrapped). Never creates anything.
     */
    public static KeysetHandle read(CryptoProperties props) throws GeneralSecurityException, IOException {
        if (!fromFile(props)) {
            String json = new String(Base64.getDecoder().decode(props.masterKey().strip()), StandardCharsets.UTF_8);
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        }
        Path file = file(props);
        if (!Files.exists(file)) {
            throw new java.nio.file.NoSuchFileException(file.toAbsolutePath().toString(), null, "the master key file is missing");
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
    }

    public static String serialize(KeysetHandle handle) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
    }

    /**
     * The id of the master key that wrapped a data key, read from the Tink prefix of the wrapped
     * bytes (an {@code EncryptedKeyset} whose ciphertext starts with version byte 1 and the key id),
     * so a rotation knows which rows are done without trying to decrypt them.
     */
    public static int wrappingKeyId(byte[] wrapped) {
        try {
            byte[] ciphertext = com.google.crypto.tink.proto.EncryptedKeyset
                    .parseFrom(wrapped, com.google.protobuf.ExtensionRegistryLite.getEmptyRegistry())
                    .getEncryptedKeyset().toByteArray();
            if (ciphertext.length < 5 || ciphertext[0] != 1) {
                return 0;
            }
            return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            return 0;
        }
    }

    /** A new base64-encoded master key, for operators who configure it through the environment. */
    public static String generateEncoded() throws GeneralSecurityException {
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static Aead primitive(KeysetHandle handle) throws GeneralSecurityException {
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    /**
     * Writes the key file so that it is either the old content or the whole new content, never
     * empty or half written: a temporary file in the same folder, created with permissions 600,
     * written and forced to disk, then renamed over the target, and the folder forced too.
     */
    public static void writePrivately(Path file, String content) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp;
        try {
            temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // On a file system without POSIX permissions the operator protects the folder instead.
            temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.setPosixFilePermissions(temp, EnumSet.copyOf(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                // As above.
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        forceDirectory(parent);
    }

    /** Makes the rename itself durable; not every platform can open a folder, which then keeps its own pace. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("event=directory_not_forced dir={}", dir);
        }
    }
}
