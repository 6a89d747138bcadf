package app.kintsugi.shared;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Codes people read out and type: letters and digits without look-alikes (no 0/O, 1/I/L), typed
 * case-insensitively with or without dashes and spaces.
 */
public final class ReadableCodes {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCodes() {
    }

    public static String generate(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, reduced to its canonical form; null if it cannot be a code of this length. */
    public static String normalize(String typed, int length) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != length || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return null;
        }
        return code;
    }
}
