package app.kintsugi.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master key comes from. {@code masterKey} (base64 of a Tink JSON keyset) wins; otherwise
 * {@code masterKeyFile}, created on first start when no encrypted data exists yet.
 * {@code destroyedKeysFile} lists the people whose data keys were destroyed, kept outside the
 * database so that no database backup can bring their words back (decision 33).
 */
@ConfigurationProperties("kintsugi.crypto")
public record CryptoProperties(String masterKey, String masterKeyFile, String destroyedKeysFile) {
}
