package app.kintsugi.account.internal;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * The rules of time-based sign-in codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1,
 * six digits, a new code every 30 seconds. A code is accepted one step either side of now, for a
 * phone whose clock is a little off, and each step only once: a code seen over someone's shoulder
 * and typed again is refused.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int WINDOW = 1;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    private Totp() {
    }

    /** A new secret: 20 random bytes (160 bits, the size RFC 4226 recommends), as Base32 for typing. */
    public static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return Base32.encode(bytes);
    }

    /** The step (count of 30-second periods since the epoch) an instant falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The code for a step, as six digits. */
    public static String code(String secret, long step) {
        try {
            return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(Base32.decode(secret), "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a sign-in code key that cannot be used", e);
        }
    }

    /** True when what was typed has the shape of a code from an app: six digits, spaces allowed. */
    public static boolean looksLikeCode(String typed) {
        return typed != null && clean(typed).matches("[0-9]{" + DIGITS + "}");
    }

    /**
     * The step whose code was typed, if it is within the window around {@code now} and later than
     * {@code lastUsedStep} (each code works once).
     */
    public static OptionalLong matchingStep(String secret, String typed, Instant now, long lastUsedStep) {
        if (!looksLikeCode(typed)) {
            return OptionalLong.empty();
        }
        String wanted = clean(typed);
        long current = step(now);
        long found = -1;
        // Every step in the window is computed, so the time taken says nothing about which one matched.
        for (long s = current - WINDOW; s <= current + WINDOW; s++) {
            if (java.security.MessageDigest.isEqual(code(secret, s).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    wanted.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) && s > lastUsedStep && found < 0) {
                found = s;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /**
     * The address an authenticator app reads from the QR code (the Key Uri Format of Google
     * Authenticator, which the others follow). The label names no person and no address.
     */
    public static String uri(String secret, String issuer) {
        String label = java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + label + "&algorithm=SHA1&digits=" + DIGITS
                + "&period=" + STEP.toSeconds();
    }

    /** The secret in groups of four, easier to type from the screen. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String clean(String typed) {
        return typed.replaceAll("[\\s-]", "");
    }

    /** RFC 4648 Base32 without padding, the alphabet authenticator apps expect. */
    public static final class Base32 {

        private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        private Base32() {
        }

        public static String encode(byte[] bytes) {
            StringBuilder out = new StringBuilder();
            int buffer = 0;
            int bits = 0;
            for (byte b : bytes) {
                buffer = (buffer << 8) | (b & 0xff);
                bits += 8;
                while (bits >= 5) {
                    out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                    bits -= 5;
                }
            }
            if (bits > 0) {
                out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
            }
            return out.toString();
        }

        public static byte[] decode(String text) {
            String clean = text.replaceAll("[\\s=]", "").toUpperCase(java.util.Locale.ROOT);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int buffer = 0;
            int bits = 0;
            for (char c : clean.toCharArray()) {
                int value = ALPHABET.indexOf(c);
                if (value < 0) {
                    throw new IllegalArgumentException("not Base32");
                }
                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8) {
                    out.write((buffer >> (bits - 8)) & 0xff);
                    bits -= 8;
                }
            }
            return out.toByteArray();
        }
    }
}
