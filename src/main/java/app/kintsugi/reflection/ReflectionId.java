package app.kintsugi.reflection;

import java.util.UUID;

public record ReflectionId(UUID value) {

    public ReflectionId {
        java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
