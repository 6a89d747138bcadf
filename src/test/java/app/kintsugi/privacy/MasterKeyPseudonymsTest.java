package app.kintsugi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import app.kintsugi.privacy.internal.MasterKey;

/**
 * Pseudonyms are what lets nodes share rows keyed by them: the same on every node with the same
 * master key, different under another key, and unchanged while a rotation still lists the old key.
 */
class MasterKeyPseudonymsTest {

    @TempDir
    Path dir;

    @Test
    void theSameOnEveryNodeWithTheSameMasterKeyAndOnlyThere() throws Exception {
        Path file = dir.resolve("master-key.json");
        TestSealing.newKeyFile(file);
        var node1 = new MasterKeyPseudonyms(new CryptoProperties(null, file.toString(), null));
        var node2 = new MasterKeyPseudonyms(new CryptoProperties(null, file.toString(), null));

        String p = node1.of("sign-in-throttle", "address:192.0.2.7");
        assertThat(p).matches("[0-9a-f]{64}").doesNotContain("192.0.2.7");
        assertThat(node2.of("sign-in-throttle", "address:192.0.2.7")).isEqualTo(p);
        assertThat(node1.of("sign-in-throttle", "address:192.0.2.8")).isNotEqualTo(p);
        assertThat(node1.of("another-use", "address:192.0.2.7")).as("purposes are kept apart").isNotEqualTo(p);

        Path other = dir.resolve("other-key.json");
        TestSealing.newKeyFile(other);
        assertThat(new MasterKeyPseudonyms(new CryptoProperties(null, other.toString(), null)).of("sign-in-throttle", "address:192.0.2.7"))
                .as("another master key").isNotEqualTo(p);
    }

    @Test
    void aRotationChangesThemOnceWhenTheNewKeyBecomesPrimary() throws Exception {
        Path file = dir.resolve("master-key.json");
        TestSealing.newKeyFile(file);
        var props = new CryptoProperties(null, file.toString(), null);
        String before = new MasterKeyPseudonyms(props).of("p", "v");

        KeysetHandle old = MasterKey.read(props);
        KeysetHandle rotating = KeysetHandle.newBuilder(old)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary())
                .build();
        Path rotatingFile = dir.resolve("rotating.json");
        Files.writeString(rotatingFile, MasterKey.serialize(rotating));
        String during = new MasterKeyPseudonyms(new CryptoProperties(null, rotatingFile.toString(), null)).of("p", "v");

        KeysetHandle.Builder onlyNew = KeysetHandle.newBuilder();
        onlyNew.addEntry(KeysetHandle.importKey(rotating.getPrimary().getKey()).withFixedId(rotating.getPrimary().getId()).makePrimary());
        Path doneFile = dir.resolve("done.json");
        Files.writeString(doneFile, MasterKey.serialize(onlyNew.build()));
        String after = new MasterKeyPseudonyms(new CryptoProperties(null, doneFile.toString(), null)).of("p", "v");

        assertThat(during).isNotEqualTo(before).isEqualTo(after);
    }
}
