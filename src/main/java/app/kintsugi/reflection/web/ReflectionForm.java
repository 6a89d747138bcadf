package app.kintsugi.reflection.web;

import java.util.LinkedHashMap;
import java.util.Map;

import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.shared.Validation;

/** The reflection form exactly as typed, so nothing is lost when it comes back with a message. */
public class ReflectionForm {

    private String title = "";
    private String whatHappened = "";
    private String violations = "";
    private String kind = "";
    private Map<String, String> intensity = new LinkedHashMap<>();
    private String impact = "";
    private long version;

    static ReflectionForm of(ReflectionDraft d, long version) {
        ReflectionForm f = new ReflectionForm();
        f.title = nullToEmpty(d.title());
        f.whatHappened = nullToEmpty(d.whatHappened());
        f.violations = nullToEmpty(d.violations());
        f.kind = d.kind() == null ? "" : d.kind().name();
        d.emotions().forEach((e, i) -> f.intensity.put(e.name(), String.valueOf(i)));
        f.impact = nullToEmpty(d.impact());
        f.version = version;
        return f;
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
        Map<Emotion, Integer> emotions = new LinkedHashMap<>();
        if (intensity != null) {
            intensity.forEach((name, value) -> {
                if (value == null || value.isBlank()) {
                    return;
                }
                Emotion emotion;
                try {
                    emotion = Emotion.valueOf(name);
                } catch (IllegalArgumentException e) {
                    return;
                }
                try {
                    emotions.put(emotion, Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    v.reject("intensity[" + name + "]", "reflection.intensity.range", 0, 10);
                }
            });
        }
        return new ReflectionDraft(title, whatHappened, violations, parsedKind,
                emotions.isEmpty() ? Map.of() : new java.util.EnumMap<>(emotions), impact);
    }


    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getViolations() {
        return violations;
    }

    public void setViolations(String violations) {
        this.violations = violations;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Map<String, String> getIntensity() {
        return intensity;
    }

    public void setIntensity(Map<String, String> intensity) {
        this.intensity = intensity;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
