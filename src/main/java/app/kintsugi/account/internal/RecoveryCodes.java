package app.kintsugi.account.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.kintsugi.shared.LinkTokens;

/**
 * Codes for the day the phone with the authenticator app is lost: ten of them, each working once,
 * shown once and stored only as hashes. Each has about 49 random bits (ten letters and digits from
 * an alphabet without look-alikes), too many to guess, so trying them is never slowed down: the owner
 * who holds one always gets in.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    /** 31 letters and digits; no i, l, o, 0 or 1, which are easy to mistake for each other. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** Ten new codes, as shown to the person: two groups of five, such as {@code k7m2p-x9qa4}. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** True when what was typed has the shape of a recovery code, however it was spaced or cased. */
    public static boolean looksLikeCode(String typed) {
        return typed != null && normalize(typed).length() == 10 && normalize(typed).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The stored form: the hash of the code without its dash, spaces and case. */
    public static String hash(String typed) {
        return LinkTokens.hash(normalize(typed));
    }

    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
