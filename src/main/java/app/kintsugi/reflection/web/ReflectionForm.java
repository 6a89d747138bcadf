package app.kintsugi.reflection.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.UnfinishedReflection;
import app.kintsugi.shared.Validation;
import lombok.Getter;
import lombok.Setter;

/** The reflection form exactly as typed, so nothing is lost when it comes back with a message. */
@Getter
@Setter
public class ReflectionForm {

    private String title = "";
    private String whatHappened = "";
    private String violations = "";
    private String kind = "";
    private List<String> felt = new ArrayList<>();
    private Map<String, String> intensity = new LinkedHashMap<>();
    private String impact = "";
    private long version;

    static ReflectionForm of(ReflectionDraft d, long version) {
        ReflectionForm f = new ReflectionForm();
        f.title = nullToEmpty(d.title());
        f.whatHappened = nullToEmpty(d.whatHappened());
        f.violations = nullToEmpty(d.violations());
        f.kind = d.kind() == null ? "" : d.kind().name();
        d.emotions().forEach((e, i) -> {
            f.felt.add(e.name());
            f.intensity.put(e.name(), String.valueOf(i));
        });
        f.impact = nullToEmpty(d.impact());
        f.version = version;
        return f;
    }

    /** A new reflection's form as its draft was kept. */
    static ReflectionForm of(UnfinishedReflection d) {
        ReflectionForm f = new ReflectionForm();
        f.title = nullToEmpty(d.title());
        f.whatHappened = nullToEmpty(d.whatHappened());
        f.violations = nullToEmpty(d.violations());
        f.kind = d.kind() == null ? "" : d.kind().name();
        d.felt().forEach(e -> f.felt.add(e.name()));
        d.intensity().forEach((e, i) -> f.intensity.put(e.name(), String.valueOf(i)));
        f.impact = nullToEmpty(d.impact());
        return f;
    }

    /** True when this feeling was chosen; its strength is asked for only then. */
    public boolean isFelt(String emotion) {
        return felt != null && felt.contains(emotion);
    }

    /**
     * What has been written so far, for keeping as a draft. Nothing is required; values the form cannot
     * have sent (an unknown kind, a strength that is not a number) are left out rather than refused.
     */
    UnfinishedReflection toUnfinished() {
        BetrayalKind parsedKind = null;
        try {
            parsedKind = kind == null || kind.isBlank() ? null : BetrayalKind.valueOf(kind);
        } catch (IllegalArgumentException ignored) {
            // not a kind the form offers
        }
        Set<Emotion> chosen = chosenEmotions();
        Map<Emotion, Integer> strengths = new EnumMap<>(Emotion.class);
        for (Emotion e : chosen) {
            String value = intensity == null ? null : intensity.get(e.name());
            try {
                if (value != null && !value.isBlank()) {
                    strengths.put(e, Integer.parseInt(value.strip()));
                }
            } catch (NumberFormatException ignored) {
                // not a number the form offers
            }
        }
        return new UnfinishedReflection(title, whatHappened, violations, parsedKind, chosen, strengths, impact);
    }

    private Set<Emotion> chosenEmotions() {
        Set<Emotion> chosen = EnumSet.noneOf(Emotion.class);
        if (felt != null) {
            for (String name : felt) {
                try {
                    chosen.add(Emotion.valueOf(name));
                } catch (IllegalArgumentException | NullPointerException ignored) {
                    // not a feeling the form offers
                }
            }
        }
        return chosen;
    }

    /**
     * The draft this form describes. Values that cannot be read are reported to {@code v} against
     * their field and left out of the draft, so the draft's own rules can still be checked.
     */
    ReflectionDraft toDraft(Validation v) {
        BetrayalKind parsedKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsedKind = BetrayalKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                v.reject("kind", "reflection.kind.invalid");
            }
        }
        // Only chosen feelings count: a strength left behind by a feeling chosen and then unchosen is not one.
        Map<Emotion, Integer> emotions = new LinkedHashMap<>();
        for (Emotion emotion : chosenEmotions()) {
            String value = intensity == null ? null : intensity.get(emotion.name());
            if (value == null || value.isBlank()) {
                v.reject("intensity[" + emotion.name() + "]", "reflection.intensity.choose");
                continue;
            }
            try {
                emotions.put(emotion, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                v.reject("intensity[" + emotion.name() + "]", "reflection.intensity.range", 0, 10);
            }
        }
        return new ReflectionDraft(title, whatHappened, violations, parsedKind,
                emotions.isEmpty() ? Map.of() : new java.util.EnumMap<>(emotions), impact);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
