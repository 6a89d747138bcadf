package app.kintsugi.help;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A counselor's code: 8 characters from an alphabet without look-alikes, typed case-insensitively
 * with or without a dash. Not a secret: the counselor gives it to the couples they work with, and a
 * code alone opens nothing without both partners' consent.
 */
final class CounselorCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CounselorCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical form of what was typed, or null if it cannot be a code. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return null;
        }
        return code;
    }

    static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}
