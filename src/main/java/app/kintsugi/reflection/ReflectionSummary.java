package app.kintsugi.reflection;

import java.time.Instant;

import app.kintsugi.privacy.Visibility;

/** A line in a list of reflections: its title (or the start of what happened), kind and dates. */
public record ReflectionSummary(ReflectionId id, String title, BetrayalKind kind, Visibility visibility,
        Instant updatedAt) {

    @Override
    public String toString() {
        return "ReflectionSummary[" + id + "]";
    }
}
