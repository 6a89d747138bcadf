package app.kintsugi.account;

import java.util.Optional;
import java.util.UUID;

/** A person's id. */
public record PersonId(UUID value) implements java.io.Serializable {

    public PersonId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    public static Optional<PersonId> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
