package app.kintsugi.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client address as the logs may hold it: a keyed hash, the same for the same address while the
 * server runs, so repeated attempts from one place can be seen together, but never the address
 * itself. The key is random and lives only in memory; with only four billion IPv4 addresses, an
 * unkeyed hash could be reversed by trying them all.
 */
public final class LoggedAddresses {

    private static final byte[] KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(KEY);
    }

    private LoggedAddresses() {
    }

    public static String of(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] digest = mac.doFinal((address == null ? "" : address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
