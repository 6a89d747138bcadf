package app.kintsugi.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;

import app.kintsugi.account.Pseudonyms;
import app.kintsugi.privacy.internal.MasterKey;

/**
 * Pseudonyms under a key derived from the primary master key: HMAC-SHA256 keyed with that key,
 * over a fixed label, gives the pseudonym key, which never leaves memory. Every node reads the
 * same master key, so every node computes the same pseudonyms; after a rotation of the master key
 * (and a restart) they are new ones, which for the short-lived rows that use them only means
 * starting afresh.
 */
@Component
@RequiredArgsConstructor
class MasterKeyPseudonyms implements Pseudonyms {

    private static final byte[] LABEL = "kintsugi pseudonyms v1".getBytes(StandardCharsets.UTF_8);

    private final CryptoProperties props;
    private volatile SecretKeySpec key;

    @Override
    public String of(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("pseudonym failed for purpose=" + purpose, e);
        }
    }

    /**
     * Read when first needed, by which time the content cipher has created the key file of a new
     * installation. Only the primary key counts, so a keyset in the middle of a rotation gives the
     * same pseudonyms as the one it ends with.
     */
    private SecretKeySpec key() throws GeneralSecurityException {
        SecretKeySpec k = key;
        if (k == null) {
            KeysetHandle keys;
            try {
                keys = MasterKey.read(props);
            } catch (IOException e) {
                throw new UncheckedIOException("The master key could not be read", e);
            }
            KeysetHandle.Entry primary = keys.getPrimary();
            KeysetHandle primaryOnly = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(primary.getKey()).withFixedId(primary.getId()).makePrimary())
                    .build();
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(TinkProtoKeysetFormat.serializeKeyset(primaryOnly, InsecureSecretKeyAccess.get()),
                    "HmacSHA256"));
            k = new SecretKeySpec(derive.doFinal(LABEL), "HmacSHA256");
            key = k;
        }
        return k;
    }
}
