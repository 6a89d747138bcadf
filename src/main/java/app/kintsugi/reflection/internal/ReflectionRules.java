package app.kintsugi.reflection.internal;

import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.UnfinishedReflection;
import app.kintsugi.shared.Validation;

/** What makes a reflection valid. Pure: tested without Spring. */
public final class ReflectionRules {

    public static final int TITLE_MAX = 200;
    public static final int INTENSITY_MIN = 0;
    public static final int INTENSITY_MAX = 10;

    private ReflectionRules() {
    }

    public static void check(ReflectionDraft d) {
        Validation v = new Validation();
        v.optionalText("title", d.title(), TITLE_MAX);
        v.requiredText("whatHappened", d.whatHappened(), Validation.MAX_TEXT, "reflection.whatHappened.required");
        v.optionalText("violations", d.violations(), Validation.MAX_TEXT);
        v.optionalText("impact", d.impact(), Validation.MAX_TEXT);
        d.emotions().forEach((emotion, intensity) -> {
            if (intensity == null || intensity < INTENSITY_MIN || intensity > INTENSITY_MAX) {
                v.reject("intensity[" + emotion.name() + "]", "reflection.intensity.range", INTENSITY_MIN, INTENSITY_MAX);
            }
        });
        v.throwIfInvalid();
    }

    /**
     * What an unfinished draft must respect: nothing is required yet, but nothing may be longer than the
     * saved reflection would allow, and a chosen strength must be on the scale.
     */
    public static void checkUnfinished(UnfinishedReflection d) {
        Validation v = new Validation();
        v.optionalText("title", d.title(), TITLE_MAX);
        v.optionalText("whatHappened", d.whatHappened(), Validation.MAX_TEXT);
        v.optionalText("violations", d.violations(), Validation.MAX_TEXT);
        v.optionalText("impact", d.impact(), Validation.MAX_TEXT);
        d.intensity().forEach((emotion, intensity) -> {
            if (intensity < INTENSITY_MIN || intensity > INTENSITY_MAX) {
                v.reject("intensity[" + emotion.name() + "]", "reflection.intensity.range", INTENSITY_MIN, INTENSITY_MAX);
            }
        });
        v.throwIfInvalid();
    }

    /** A title for lists: the person's own, or the first words of what happened. */
    public static String listTitle(ReflectionDraft d) {
        if (d.title() != null && !d.title().isBlank()) {
            return d.title();
        }
        return app.kintsugi.shared.Texts.firstWords(d.whatHappened(), 80);
    }
}
