package app.kintsugi.transparency.web;

import java.util.Map;
import java.util.UUID;

import app.kintsugi.shared.InvalidInputException;

/**
 * What went wrong with one of several forms on a page: which entry and which form, the field
 * errors, and what the person wrote, so it is shown again next to the form it came from.
 */
public record FormProblem(UUID entry, String form, Map<String, InvalidInputException.FieldError> errors,
        Map<String, String> values) {

    /** A problem with the page's main form, which has its own field errors: only an "entry" error is shown from here. */
    static FormProblem page(InvalidInputException e) {
        return new FormProblem(new UUID(0, 0), "page", e.errors(), Map.of());
    }

    public boolean is(UUID id, String name) {
        return entry.equals(id) && form.equals(name);
    }

    /** Errors about fields of the form, apart from one about the entry or action as a whole ("entry"). */
    public boolean hasFieldErrors() {
        return errors.keySet().stream().anyMatch(field -> !field.equals("entry"));
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public InvalidInputException.FieldError error(String field) {
        return errors.get(field);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
