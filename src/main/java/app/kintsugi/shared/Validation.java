package app.kintsugi.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects field errors while a rule set runs, then throws them together so a person sees every
 * problem at once instead of one per attempt.
 */
public final class Validation {

    /** The most characters any one text field accepts. */
    public static final int MAX_TEXT = 20_000;

    private final Map<String, InvalidInputException.FieldError> errors = new LinkedHashMap<>();

    public Validation reject(String field, String code, Object... args) {
        errors.putIfAbsent(field, new InvalidInputException.FieldError(code, args));
        return this;
    }

    /** Optional free text: may be blank, must not be longer than the limit. */
    public Validation optionalText(String field, String value, int max) {
        if (value != null && length(value) > max) {
            reject(field, "validation.text.tooLong", max);
        }
        return this;
    }

    /** Required free text: must hold a non-blank character and stay within the limit. */
    public Validation requiredText(String field, String value, int max, String missingCode) {
        if (value == null || value.isBlank()) {
            reject(field, missingCode);
        } else if (length(value) > max) {
            reject(field, "validation.text.tooLong", max);
        }
        return this;
    }

    /** Characters as a person counts them: an emoji is one, not two UTF-16 units. */
    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
