package app.kintsugi.couple.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Invitation codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 59
 * bits of randomness, typed case-insensitively with or without dashes and spaces.
 */
public final class InvitationCodes {

    static final String ALPHABET = app.kintsugi.shared.ReadableCodes.ALPHABET;
    static final int LENGTH = 12;

    private InvitationCodes() {
    }

    public static String generate() {
        return app.kintsugi.shared.ReadableCodes.generate(LENGTH);
    }

    /** The code as a person may have typed it, reduced to its canonical form; null if it cannot be one. */
    public static String normalize(String typed) {
        return app.kintsugi.shared.ReadableCodes.normalize(typed, LENGTH);
    }

    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    public static String hash(String normalizedCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalizedCode.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
