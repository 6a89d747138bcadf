package app.kintsugi.reflection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a person writes in a reflection. Every field but "what happened" may stay empty.
 *
 * @param emotions the feelings named, with their intensity (0 to 10)
 */
public record ReflectionDraft(String title, String whatHappened, String violations, BetrayalKind kind,
        Map<Emotion, Integer> emotions, String impact) {

    public ReflectionDraft {
        EnumMap<Emotion, Integer> copy = new EnumMap<>(Emotion.class);
        if (emotions != null) {
            copy.putAll(emotions);
        }
        emotions = Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return "ReflectionDraft[<content hidden>]";
    }
}
