package app.kintsugi.account.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import app.kintsugi.shared.Validation;
import lombok.RequiredArgsConstructor;

/** The rules for what people type into account forms; pure, so they are tested without Spring. */
@RequiredArgsConstructor
public final class AccountRules {

    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 256;
    public static final int NAME_MAX = 60;
    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Control characters and invisible formatting (bidi overrides, zero-width), except the joiner in emoji. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}&&[^\\u200D]]");

    private final CommonPasswords common;

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** NFKC, so the same password typed on two keyboards is the same password. */
    public static String normalizePassword(String password) {
        return password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    public void checkEmail(Validation v, String email) {
        String normalized = normalizeEmail(email);
        if (normalized.isEmpty()) {
            v.reject("email", "account.email.required");
        } else if (normalized.length() > EMAIL_MAX || !EMAIL.matcher(normalized).matches()
                || CONTROL.matcher(normalized).find()) {
            v.reject("email", "account.email.invalid");
        }
    }

    public void checkDisplayName(Validation v, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            v.reject("displayName", "account.displayName.required");
        } else if (trimmed.codePointCount(0, trimmed.length()) > NAME_MAX) {
            v.reject("displayName", "account.displayName.tooLong", NAME_MAX);
        } else if (CONTROL.matcher(trimmed).find()) {
            v.reject("displayName", "account.displayName.invalid");
        }
    }

    public void checkPassword(Validation v, String password, String email) {
        checkPassword(v, "password", password, email);
    }

    /** The same rules for a password typed into a field of another name (a new password, say). */
    public void checkPassword(Validation v, String field, String password, String email) {
        String normalized = normalizePassword(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < PASSWORD_MIN) {
            v.reject(field, "account.password.tooShort", PASSWORD_MIN);
        } else if (length > PASSWORD_MAX) {
            v.reject(field, "account.password.tooLong", PASSWORD_MAX);
        } else if (common.contains(normalized)) {
            v.reject(field, "account.password.common");
        } else if (normalized.equalsIgnoreCase(normalizeEmail(email))) {
            v.reject(field, "account.password.sameAsEmail");
        } else if (normalized.toLowerCase(Locale.ROOT).contains(APP_NAME)) {
            v.reject(field, "account.password.appName");
        } else if (containsPartOf(normalized, email)) {
            v.reject(field, "account.password.containsEmail");
        }
    }

    /** The first word anyone would try on this site. */
    private static final String APP_NAME = "kintsugi";
    /** Shorter pieces of an address ("ana", "me") are too common in passphrases to refuse. */
    private static final int EMAIL_PART_MIN = 4;

    /** True when the password holds the address's name or its domain's first label ("ana.lopez", "example"). */
    public static boolean containsPartOf(String password, String email) {
        String address = normalizeEmail(email);
        int at = address.indexOf('@');
        if (at < 0) {
            return false;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        String label = domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain;
        return (local.length() >= EMAIL_PART_MIN && lower.contains(local))
                || (label.length() >= EMAIL_PART_MIN && lower.contains(label));
    }

    /** A new password typed twice must be the same both times: a typo here would lock the person out. */
    public void checkRepeated(Validation v, String field, String password, String repeated) {
        if (!normalizePassword(password).equals(normalizePassword(repeated))) {
            v.reject(field, "password.repeat.different");
        }
    }

    /** A time zone id the JVM knows, such as Europe/Madrid; blank means UTC. */
    public static java.time.ZoneId zoneOrUtc(String zone) {
        if (zone == null || zone.isBlank()) {
            return java.time.ZoneOffset.UTC;
        }
        try {
            return java.time.ZoneId.of(zone.strip());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    public void checkTimeZone(Validation v, String zone) {
        if (zoneOrUtc(zone) == null) {
            v.reject("timeZone", "account.timeZone.invalid");
        }
    }

    public void checkLanguage(Validation v, String language) {
        if (language != null && !language.isBlank() && !language.equals("en") && !language.equals("es")) {
            v.reject("language", "account.language.invalid");
        }
    }
}
