package app.kintsugi.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One named part of an export entry: either text the person wrote ({@code written}) or a value
 * (a choice, a status, a date, a number, a yes or no).
 *
 * @param value a String, Number, Boolean, LocalDate, LocalTime or Instant
 */
public record ExportField(String name, boolean written, Object value) {

    public ExportField {
        if (written && !(value instanceof String)) {
            throw new IllegalArgumentException("written text must be a string: " + name);
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate || value instanceof LocalTime || value instanceof Instant
                || value instanceof Enum<?>)) {
            throw new IllegalArgumentException("not a value an export can hold: " + name);
        }
    }

    public static ExportField written(String name, String text) {
        return new ExportField(name, true, text);
    }

    public static ExportField value(String name, Object value) {
        return new ExportField(name, false, value);
    }

    @Override
    public String toString() {
        return "ExportField[" + name + (written ? ", <written>" : ", " + value) + "]";
    }
}
