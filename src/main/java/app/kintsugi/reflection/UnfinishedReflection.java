package app.kintsugi.reflection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A reflection still being written, kept as a private draft. Unlike a saved reflection it may lack
 * "what happened", and a feeling may be chosen before its strength is.
 *
 * @param felt the feelings chosen so far
 * @param intensity the strengths chosen so far, 0 to 10; only those of chosen feelings are kept
 */
public record UnfinishedReflection(String title, String whatHappened, String violations, BetrayalKind kind,
        Set<Emotion> felt, Map<Emotion, Integer> intensity, String impact) {

    public UnfinishedReflection {
        EnumSet<Emotion> chosen = EnumSet.noneOf(Emotion.class);
        if (felt != null) {
            chosen.addAll(felt);
        }
        EnumMap<Emotion, Integer> strengths = new EnumMap<>(Emotion.class);
        if (intensity != null) {
            intensity.forEach((e, i) -> {
                if (chosen.contains(e) && i != null) {
                    strengths.put(e, i);
                }
            });
        }
        felt = Collections.unmodifiableSet(chosen);
        intensity = Collections.unmodifiableMap(strengths);
    }

    /** True when nothing at all has been written or chosen: not worth keeping. */
    public boolean isEmpty() {
        return blank(title) && blank(whatHappened) && blank(violations) && kind == null && felt.isEmpty()
                && blank(impact);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "UnfinishedReflection[<content hidden>]";
    }
}
