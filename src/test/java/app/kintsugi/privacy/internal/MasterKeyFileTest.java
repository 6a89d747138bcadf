package app.kintsugi.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.KeysetHandle;

import app.kintsugi.privacy.CryptoProperties;

/** The key file is written whole or not at all, readable by its owner only. */
class MasterKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void aFirstStartWritesTheKeyFileWithPermissions600AndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("keys").resolve("master-key.json");
        MasterKey.load(new CryptoProperties(null, file.toString(), null), true);
        assertThat(Files.readString(file)).contains("primaryKeyId");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void rewritingReplacesTheWholeFileAtOnce() throws Exception {
        Path file = dir.resolve("master-key.json");
        MasterKey.load(new CryptoProperties(null, file.toString(), null), true);
        String before = Files.readString(file);
        String other = MasterKey.serialize(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        MasterKey.writePrivately(file, other);
        assertThat(Files.readString(file)).isEqualTo(other).isNotEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theWrappingKeyIdIsReadFromTheWrappedBytes() throws Exception {
        KeysetHandle master = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        byte[] wrapped = com.google.crypto.tink.TinkProtoKeysetFormat.serializeEncryptedKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), MasterKey.primitive(master), new byte[] {1});
        assertThat(MasterKey.wrappingKeyId(wrapped)).isEqualTo(master.getPrimary().getId());
        assertThat(MasterKey.wrappingKeyId(new byte[] {9, 9, 9})).isZero();
    }
}
