package app.kintsugi.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule. Carries one message key per field, so pages can show each message next
 * to its field and the API can answer with a structured error.
 */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, FieldError> errors;

    public InvalidInputException(Map<String, FieldError> errors) {
        super("invalid input: " + errors.keySet(), null, false, false);
        this.errors = Map.copyOf(new LinkedHashMap<>(errors));
    }

    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(Map.of(field, new FieldError(code, args)));
    }

    public Map<String, FieldError> errors() {
        return errors;
    }

    /** A message key and its arguments; never the text a person wrote. */
    public record FieldError(String code, Object... args) {
    }
}
